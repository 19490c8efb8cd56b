// Types of scripts/build.mjs, for the tests that build the bundle.
export declare const BUNDLE_DIR: string;
export declare function checkFiles(srcDir?: string): string[];
export declare function checkManifestSource(files: string[]): string;
/** Per SDK package, the names prowl's sources import from it (null: imported whole). */
export declare function sdkImports(srcDir?: string): Map<string, Set<string> | null>;
export declare function buildBundle(options?: { outdir?: string; quiet?: boolean }): Promise<{ files: string[]; sdk: Map<string, Set<string> | null>; metafile: unknown }>;
