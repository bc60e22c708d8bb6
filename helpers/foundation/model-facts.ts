// What the service model tells the build that a page cannot, as plain data: the contract stage
// comes before model/ in the pipeline, so it receives these facts instead of importing model/.
import type { ApiVersion } from './contract-types.ts';

export interface FlagsEnumFact {
  /** Qualified enum type, e.g. `microsoft.graph.managedBrowserType`. */
  enumType: string;
  members: string[];
}

export interface ModelFacts {
  /** The model's file or URL, recorded in the contracts built with it. */
  source: string;
  /** The API version the model describes; undefined: every version. */
  version?: ApiVersion;
  /** Lower-cased qualified entity type -> property (own or inherited) -> the flags enum typing it. */
  flagsProperties: Record<string, Record<string, FlagsEnumFact>>;
  /**
   * Lower-cased qualified entity type -> its structural properties (own and inherited), for
   * the properties an example uses that no page documents. Absent in facts made before it existed.
   */
  structuralProperties?: Record<string, Record<string, StructuralPropertyFact>>;
}

export interface StructuralPropertyFact {
  /** As a page would write it: `String`, `DateTimeOffset`, `microsoft.graph.addIn` -> `addIn`. */
  type: string;
  collection: boolean;
}

/** A fact of a contract that came from the model rather than the page. */
export type ModelFactKind = 'isFlags' | 'enumValues' | 'type';
