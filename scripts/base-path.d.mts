export function normalizeBasePath(raw?: string): string;
