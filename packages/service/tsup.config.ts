import { defineConfig } from "tsup";
import { configurationTsup } from "../../tsup.config.base";

// shims : import.meta.url dans la sortie CommonJS (ressources de /docs résolues depuis le paquet).
export default defineConfig(configurationTsup({ shims: true }));
