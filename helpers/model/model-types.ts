// The service model as this tool needs it: types by qualified name, with the CSDL line each one
// is declared on, and the entity container's entry points. Names are namespace-qualified with
// aliases already resolved (`graph.user` -> `microsoft.graph.user`).

export interface ModelProperty {
  name: string;
  /** Qualified item type: `Edm.String`, `microsoft.graph.deviceManagement`. */
  type: string;
  collection: boolean;
  navigation: boolean;
  line: number;
}

export interface ModelStructuredType {
  kind: 'entity' | 'complex';
  name: string;
  baseType?: string;
  abstract: boolean;
  /** Declared on this type only; `typeProperties` adds the bases'. */
  properties: Map<string, ModelProperty>;
  line: number;
}

export interface ModelEnumType {
  kind: 'enum';
  name: string;
  isFlags: boolean;
  members: string[];
  line: number;
}

export type ModelType = ModelStructuredType | ModelEnumType;

/** An entity set (a collection) or a singleton (one entity) of the entity container. */
export interface ModelEntryPoint {
  name: string;
  type: string;
  collection: boolean;
  line: number;
}

export interface ServiceModel {
  /** Where the model was read from (file path or URL), for messages. */
  source: string;
  types: Map<string, ModelType>;
  /** Lower-cased qualified name -> type: pages and `@odata.type` values are not always cased as the model is. */
  typesIgnoringCase: Map<string, ModelType>;
  entryPoints: Map<string, ModelEntryPoint>;
}

export function shortName(qualified: string): string {
  return qualified.slice(qualified.lastIndexOf('.') + 1);
}
