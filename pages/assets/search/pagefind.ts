/**
 * The part of Pagefind's browser API the search page uses (https://pagefind.app/docs/api/), typed here because
 * the pagefind package types only its Node API. One instance searches one bundle: the site's, or a council's.
 */

/** Filters as Pagefind takes them: a filter's name and the value a page must have. */
export type Filters = Record<string, string>;

export interface SearchOptions {
  filters: Filters;
  sort?: Record<string, "asc" | "desc">;
}

/** A page's text and what the index knows of it, loaded only when asked for. */
export interface PageData {
  url: string;
  content: string;
  excerpt: string;
  /** Word positions in `content` that matched. */
  locations: number[];
  meta: Record<string, string | undefined>;
}

export interface Result {
  id: string;
  score: number;
  data(): Promise<PageData>;
}

export interface Search {
  results: Result[];
}

export interface PagefindInstance {
  search(term: string | null, options?: SearchOptions): Promise<Search>;
}

export interface PagefindModule {
  createInstance(options: {
    basePath: string;
    baseUrl: string;
    noWorker: boolean;
    excerptEllipsis: string;
  }): PagefindInstance & { init(): Promise<void> };
}
