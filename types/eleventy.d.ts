/**
 * The small part of Eleventy 3's API this project uses. Eleventy's own declarations do not resolve under
 * strict TypeScript (they are JSDoc in .js files), so these are written out here.
 * https://www.11ty.dev/docs/config/
 */
declare module "@11ty/eleventy" {
  export interface UserConfig {
    addFilter(name: string, filter: (...args: never[]) => unknown): void;
    addGlobalData(name: string, data: unknown): void;
    addPlugin(plugin: unknown, options?: Record<string, unknown>): void;
    addPassthroughCopy(paths: string | Record<string, string>): void;
    addTemplateFormats(formats: string): void;
    addExtension(
      extension: string,
      options: {
        outputFileExtension?: string;
        useLayouts?: boolean;
        compile: (inputContent: string, inputPath: string) => unknown;
      },
    ): void;
    /** A template that is not a file: here an 11ty.js one, its data and its render function. https://www.11ty.dev/docs/virtual-templates/ */
    addTemplate(virtualPath: string, content: { data: Record<string, unknown>; render: () => string | Promise<string> }): void;
    addWatchTarget(path: string): void;
    /** Returning false skips the template. https://www.11ty.dev/docs/config-preprocessors/ */
    addPreprocessor(name: string, extensions: string, callback: (data: never, content: string) => unknown): void;
    addCollection(name: string, callback: (collections: never) => unknown): void;
    addTransform(name: string, transform: (content: string, outputPath: string | false) => string | Promise<string>): void;
    setLibrary(name: string, library: unknown): void;
    setQuietMode(quiet: boolean): void;
    setIncludesDirectory(folder: string): void;
    setTemplateFormats(formats: string[]): void;
    setServerOptions(options: Record<string, unknown>): void;
    setServerPassthroughCopyBehavior(behavior: "copy" | "passthrough"): void;
    on(event: string, callback: (...args: never[]) => unknown): void;
    ignores: { add(glob: string): void };
    watchIgnores: { add(glob: string): void };
    pathPrefix?: string;
  }

  export interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    runMode?: "build" | "watch" | "serve";
    pathPrefix?: string;
    config?: (config: UserConfig) => unknown;
  }

  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    write(): Promise<unknown>;
    init(): Promise<void>;
    watch(): Promise<void>;
    stopWatch(): Promise<void>;
    serve(port: number): Promise<void>;
    toJSON(): Promise<{ url: string; inputPath: string; outputPath: string; content: string }[]>;
  }

  export const HtmlBasePlugin: unknown;
}

declare module "@11ty/eleventy-plugin-rss" {
  export const feedPlugin: unknown;
  export function absoluteUrl(url: string, base: string): string;
  export function dateToRfc3339(date: Date): string;
  const plugin: unknown;
  export default plugin;
}
