// citation-js ships no types. These declare the small part of its API the site uses.
declare module "@citation-js/core" {
  /** A bibliography held in CSL-JSON, ready to be formatted. */
  export class Cite {
    constructor(data: unknown);
    static async(data: unknown): Promise<Cite>;
    /** CSL-JSON items. */
    data: Record<string, unknown>[];
    format(format: "bibliography", options: Record<string, unknown>): string;
    format(format: "bibtex"): string;
    format(format: "ris", options: { format: "object" }): Record<string, string | string[]>[];
    format(format: "data", options?: { format: "object" }): Record<string, unknown>[];
  }
  export const plugins: {
    config: {
      get(name: "@csl"): {
        locales: {
          get(lang: string): string;
          add(lang: string, xml: string): void;
          has(lang: string): boolean;
        };
      };
    };
  };
}
declare module "@citation-js/plugin-csl";
declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-ris";
