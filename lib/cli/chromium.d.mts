export function chromiumPath(): string;
export function chromiumMissingMessage(path?: string): string;
export function hasChromium(): boolean;
