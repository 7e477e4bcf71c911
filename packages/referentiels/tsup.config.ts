import { defineConfig } from "tsup";
import { configurationTsup } from "../../tsup.config.base";

export default defineConfig(configurationTsup({ entry: { index: "src/index.ts", effect: "src/effect.ts" } }));
