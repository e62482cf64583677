/**
 * Imports the module that exports a tool's definition, named by the tool manifest relative to the manifest's URL.
 * The tsc build imports it by that computed URL. The bundle (scripts/build-bundle.mjs) replaces this module by a
 * table of static import() calls generated from the manifest, so that each tool module is a lazily loaded chunk.
 */
export function importToolModule(module: string, manifest: URL): Promise<Record<string, unknown>> {
  return import(new URL(module, manifest).href) as Promise<Record<string, unknown>>;
}
