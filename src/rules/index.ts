/**
 * Validation derived from the official formats: reading cells, the identities of each table,
 * findings with their rule quoted, and error localisation. The public door of src/rules.
 */
export * from './types';
export { readValue } from './values';
export type { ValueReading, ValueProblem, ValueRule } from './values';
export { tableIdentities, formatIdentities, identityCells } from './identities';
export type { Identity, IdentityRule } from './identities';
export { checkIdentities } from './check';
export type { IdentityCheck, CheckStatus } from './check';
export { localiseErrors } from './localise';
export type { Correction } from './localise';
export { readFigures, validateFigures, validateReport, sortFindings, suggestionMessage } from './validate';
export type { ValidateOptions } from './validate';
export { findingCell, cellName, quoteIdentity } from './wording';
