/** See localizeMetadata.js. */
export function localizeMetadata(generatedJson: string, translations: Record<string, unknown>): string;
