export declare const YOUNG_GENERATION_MB: number;
export declare const OLD_GROWTH_PERCENT: number;
export declare function heapSizedByUser(options?: { execArgv?: string[]; nodeOptions?: string }): boolean;
export declare function tuneHeap(options?: { execArgv?: string[]; nodeOptions?: string }): boolean;
