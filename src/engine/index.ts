/** The engine's public surface: pure functions from a Document or text to data. */
export { readPage } from './extract/read-page.ts';
export { analyzeReading, analyzeDocument } from './analyze.ts';
export * from './types.ts';
