export declare const ROOT: string;
export declare const DIST: string;
export declare function buildCli(): Promise<number>;
export declare function staleSources(options?: { hash?: boolean }): string[];
