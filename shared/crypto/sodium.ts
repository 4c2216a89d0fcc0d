import sodiumModule from "libsodium-wrappers-sumo";

export type Sodium = typeof sodiumModule;

let loading: Promise<Sodium> | null = null;
let loaded: Sodium | null = null;

/**
 * The ready libsodium instance. Call (and await) it once before any other function of this
 * module: libsodium compiles its WebAssembly asynchronously, and everything else here is
 * synchronous so a page can decrypt a thousand records without a thousand awaits.
 */
export function loadSodium(): Promise<Sodium> {
  loading ??= sodiumModule.ready.then(() => {
    loaded = sodiumModule;
    return sodiumModule;
  });
  return loading;
}

/** The instance after `loadSodium()` resolved; a programming error before that. */
export function sodium(): Sodium {
  if (!loaded) throw new Error("shared/crypto: await loadSodium() before using it");
  return loaded;
}
