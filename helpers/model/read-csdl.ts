// CSDL XML text -> ServiceModel, in one streaming pass (saxes: see docs/performance.md for the measured
// choice over fast-xml-parser). Only what the lint and the build need is kept: structured types
// with their properties, enums, and the entity container. Type references are resolved against
// every schema's alias once the whole document is read, since a schema may use an alias
// declared further down.
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { ModelError } from './model-errors.ts';
import type { ModelEntryPoint, ModelEnumType, ModelStructuredType, ModelType, ServiceModel } from './model-types.ts';

interface Reader {
  namespace?: string;
  aliases: Map<string, string>;
  structured?: ModelStructuredType;
  enumType?: ModelEnumType;
  inContainer: boolean;
  sawSchema: boolean;
  types: ModelType[];
  entryPoints: ModelEntryPoint[];
}

/** Parses a CSDL document; `source` (file or URL) names it in errors. */
export function readCsdl(text: string, source: string): ServiceModel {
  const reader = csdlReader(source);
  reader.write(text);
  return reader.close();
}

/** A CSDL document fed in chunks as it arrives, so only the model, never the whole text, is held. */
export interface CsdlReader {
  write(chunk: string): void;
  close(): ServiceModel;
}

export function csdlReader(source: string): CsdlReader {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const reader: Reader = { aliases: new Map(), inContainer: false, sawSchema: false, types: [], entryPoints: [] };
  parser.on('opentag', (tag) => openTag(reader, tag, parser.line));
  parser.on('closetag', (tag) => closeTag(reader, localName(tag.name)));
  const guarded = (step: () => void) => {
    try {
      step();
    } catch (error) {
      const message = error instanceof Error ? error.message.replace(/^[^:]*:\d+:\d+: /, '') : String(error);
      throw new ModelError('MODEL_UNPARSABLE', source, `not well-formed XML: ${message}`, parser.line);
    }
  };
  return {
    write: (chunk) => guarded(() => parser.write(chunk)),
    close() {
      guarded(() => parser.close());
      if (!reader.sawSchema) throw new ModelError('MODEL_NOT_CSDL', source, 'no <Schema> element: expected a CSDL document (edmx:Edmx > edmx:DataServices > Schema), as served at /{version}/$metadata');
      return finish(reader, source);
    },
  };
}

function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

function openTag(reader: Reader, tag: SaxesTagPlain, line: number): void {
  const attributes = tag.attributes;
  const name = attributes.Name ?? '';
  switch (localName(tag.name)) {
    case 'Schema':
      reader.sawSchema = true;
      reader.namespace = attributes.Namespace ?? '';
      if (attributes.Alias) reader.aliases.set(attributes.Alias, reader.namespace);
      return;
    case 'EntityType':
    case 'ComplexType': {
      const kind = localName(tag.name) === 'EntityType' ? 'entity' : 'complex';
      reader.structured = { kind, name: `${reader.namespace}.${name}`, abstract: attributes.Abstract === 'true', properties: new Map(), line, ...(attributes.BaseType ? { baseType: attributes.BaseType } : {}) };
      reader.types.push(reader.structured);
      return;
    }
    case 'Property':
    case 'NavigationProperty': {
      if (!reader.structured || !attributes.Type) return;
      const { type, collection } = splitCollection(attributes.Type);
      reader.structured.properties.set(name, { name, type, collection, navigation: localName(tag.name) === 'NavigationProperty', line });
      return;
    }
    case 'EnumType':
      reader.enumType = { kind: 'enum', name: `${reader.namespace}.${name}`, isFlags: attributes.IsFlags === 'true', members: [], line };
      reader.types.push(reader.enumType);
      return;
    case 'Member':
      reader.enumType?.members.push(name);
      return;
    case 'EntityContainer':
      reader.inContainer = true;
      return;
    case 'EntitySet':
      if (reader.inContainer && attributes.EntityType) reader.entryPoints.push({ name, type: attributes.EntityType, collection: true, line });
      return;
    case 'Singleton':
      if (reader.inContainer && attributes.Type) reader.entryPoints.push({ name, type: attributes.Type, collection: false, line });
      return;
  }
}

function closeTag(reader: Reader, name: string): void {
  if (name === 'EntityType' || name === 'ComplexType') reader.structured = undefined;
  else if (name === 'EnumType') reader.enumType = undefined;
  else if (name === 'EntityContainer') reader.inContainer = false;
}

function splitCollection(type: string): { type: string; collection: boolean } {
  const match = /^Collection\((.+)\)$/.exec(type);
  return match ? { type: match[1]!, collection: true } : { type, collection: false };
}

function finish(reader: Reader, source: string): ServiceModel {
  const qualify = (name: string): string => {
    const dot = name.lastIndexOf('.');
    const namespace = reader.aliases.get(name.slice(0, dot));
    return namespace ? `${namespace}${name.slice(dot)}` : name;
  };
  const types = new Map<string, ModelType>();
  const typesIgnoringCase = new Map<string, ModelType>();
  for (const type of reader.types) {
    if (type.kind !== 'enum') {
      if (type.baseType) type.baseType = qualify(type.baseType);
      for (const property of type.properties.values()) property.type = qualify(property.type);
    }
    types.set(type.name, type);
    typesIgnoringCase.set(type.name.toLowerCase(), type);
  }
  const entryPoints = new Map(reader.entryPoints.map((entry) => [entry.name, { ...entry, type: qualify(entry.type) }]));
  return { source, types, typesIgnoringCase, entryPoints };
}
