import { defineConfig } from "tsup";
import { configurationTsup } from "../../tsup.config.base";

// `shims` : `import.meta.url` (chemin du modèle PDF livré dans data/) fonctionne aussi en CJS.
export default defineConfig(configurationTsup({ shims: true }));
