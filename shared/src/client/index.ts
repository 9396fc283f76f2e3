// The client core both apps share: `@codepool/shared/client`. Kept out of the main entry so
// the backend never loads it; no React and no DOM beyond fetch's Response.
export * from './api-error.ts';
export * from './describe-error.ts';
export * from './format-date.ts';
export * from './read-payload.ts';
export * from './socket-refusal.ts';
