export * from './loader.ts';
export * from './locales.ts';
export * from './translator.ts';
