import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

// One place decides what the contracts' formats mean, for the builder, the mock and the checks.
// Two formats follow OData rather than RFC 3339, because that is what Graph sends:
// - `duration`: Edm.Duration is an ISO 8601 dayTimeDuration, signed, with fractional seconds
//   (`-PT17.1600444M`), which RFC 3339's duration grammar rejects.
// - `time`: Edm.TimeOfDay has no offset (`12:00:05.5020000`), which RFC 3339's full-time requires.
const ODATA_DURATION = /^-?P(?!$)(?:\d+(?:\.\d+)?Y)?(?:\d+(?:\.\d+)?M)?(?:\d+(?:\.\d+)?W)?(?:\d+(?:\.\d+)?D)?(?:T(?=\d)(?:\d+(?:\.\d+)?H)?(?:\d+(?:\.\d+)?M)?(?:\d+(?:\.\d+)?S)?)?$/;
const ODATA_TIME_OF_DAY = /^(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,12})?)?$/;

export type ContractAjv = Ajv2020;

export interface AjvChoices {
  /** Every error, or stop at the first one: the first is enough per property, and compiles ~2x faster. */
  allErrors?: boolean;
}

export function createAjv({ allErrors = true }: AjvChoices = {}): ContractAjv {
  // ajv's code optimiser pays off for a validator run millions of times; these run a few times
  // each, so compiling faster wins.
  const ajv = new Ajv2020({ allErrors, strict: false, validateFormats: true, code: { optimize: false } });
  addFormats.default(ajv);
  ajv.addFormat('duration', ODATA_DURATION);
  ajv.addFormat('time', ODATA_TIME_OF_DAY);
  return ajv;
}
