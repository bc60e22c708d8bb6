// A small CSDL model of our own (not Graph's) and a contract against it, for the model lint's
// unit tests: inheritance, an alias used across schemas, a flags enum, an evolvable enum, a
// complex type, navigation paths through a singleton and a derived type.
import type { Contract, PropertyFacts } from '../foundation/contract-types.ts';

export const WIDGET_CSDL = `<?xml version="1.0" encoding="utf-8"?>
<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">
  <edmx:DataServices>
    <Schema Namespace="microsoft.graph" Alias="graph" xmlns="http://docs.oasis-open.org/odata/ns/edm">
      <EnumType Name="widgetColour">
        <Member Name="red" Value="0" />
        <Member Name="green" Value="1" />
        <Member Name="unknownFutureValue" Value="2" />
        <Member Name="ultraviolet" Value="3" />
      </EnumType>
      <EnumType Name="widgetPlatforms" IsFlags="true">
        <Member Name="none" Value="0" />
        <Member Name="android" Value="1" />
        <Member Name="iOS" Value="2" />
      </EnumType>
      <EntityType Name="entity" Abstract="true">
        <Key><PropertyRef Name="id" /></Key>
        <Property Name="id" Type="Edm.String" Nullable="false" />
      </EntityType>
      <EntityType Name="widget" BaseType="graph.entity">
        <Property Name="displayName" Type="Edm.String" />
        <Property Name="colour" Type="graph.widgetColour" />
        <Property Name="platforms" Type="graph.widgetPlatforms" />
        <Property Name="tags" Type="Collection(Edm.String)" />
        <Property Name="size" Type="graph.widgetSize" />
        <NavigationProperty Name="parts" Type="Collection(graph.part)" ContainsTarget="true" />
      </EntityType>
      <EntityType Name="gearWidget" BaseType="graph.widget">
        <Property Name="teeth" Type="Edm.Int32" />
        <NavigationProperty Name="gears" Type="Collection(graph.part)" ContainsTarget="true" />
      </EntityType>
      <EntityType Name="part" BaseType="graph.entity">
        <Property Name="name" Type="Edm.String" />
      </EntityType>
      <ComplexType Name="widgetSize">
        <Property Name="width" Type="Edm.Int32" />
      </ComplexType>
      <EntityType Name="workshop" BaseType="graph.entity">
        <NavigationProperty Name="widgets" Type="Collection(graph.widget)" ContainsTarget="true" />
        <NavigationProperty Name="favourite" Type="graph.widget" />
      </EntityType>
      <EntityContainer Name="GraphService">
        <EntitySet Name="widgets" EntityType="microsoft.graph.widget" />
        <EntitySet Name="parts" EntityType="graph.part" />
        <Singleton Name="workshop" Type="microsoft.graph.workshop" />
      </EntityContainer>
    </Schema>
    <Schema Namespace="microsoft.graph.extra" xmlns="http://docs.oasis-open.org/odata/ns/edm">
      <EntityType Name="sprocket" BaseType="graph.part">
        <Property Name="pitch" Type="Edm.Double" />
      </EntityType>
    </Schema>
  </edmx:DataServices>
</edmx:Edmx>
`;

const properties: PropertyFacts[] = [
  { name: 'id', type: 'String', collection: false, readOnly: true },
  { name: 'displayName', type: 'String', collection: false, readOnly: false },
  { name: 'colour', type: 'widgetColour', referencedType: 'widgetColour', enumValues: ['red', 'green', 'unknownFutureValue', 'ultraviolet'], collection: false, readOnly: false },
  { name: 'platforms', type: 'widgetPlatforms', referencedType: 'widgetPlatforms', enumValues: ['none', 'android', 'iOS'], collection: false, readOnly: false },
  { name: 'tags', type: 'String', collection: true, readOnly: false },
  { name: 'size', type: 'widgetSize', referencedType: 'widgetSize', collection: false, readOnly: false },
];

/** A widget contract the widget model agrees with entirely; tests break one fact at a time. */
export function widgetContract(overrides: Partial<Contract> = {}): Contract {
  const body = { '@odata.type': '#microsoft.graph.widget', displayName: 'A' };
  return {
    contractFormat: 1,
    source: { file: 'pages/widget-create.md', sha256: '0'.repeat(64), dialect: 'md-front-matter' },
    apiVersion: 'v1.0',
    namespace: 'microsoft.graph',
    resource: 'widget',
    operation: { method: 'POST', paths: ['/widgets', '/workshop/widgets'], pathParameters: [] },
    permissions: { delegatedWork: [], delegatedPersonal: [], application: [] },
    requestHeaders: [],
    properties,
    request: { example: { method: 'POST', url: 'https://graph.microsoft.com/v1.0/widgets', path: '/widgets', headers: {}, body }, schema: {} },
    response: { status: 201, example: { headers: {}, body: { ...body, id: '1' } }, schema: {} },
    echo: { equal: [], serverOwned: ['id'] },
    docDefects: [],
    ...overrides,
  };
}

/** The widget contract with one property replaced (or added, when the name is new). */
export function withProperty(property: PropertyFacts, contract: Contract = widgetContract()): Contract {
  const others = contract.properties.filter((candidate) => candidate.name !== property.name);
  return { ...contract, properties: [...others, property] };
}
