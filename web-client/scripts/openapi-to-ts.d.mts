export const header: string;
export function toTypeScript(spec: unknown): Promise<string>;
export function snapshotText(spec: unknown): string;
