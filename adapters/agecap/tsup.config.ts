import { defineConfig } from "tsup";
import { configurationTsup } from "../../tsup.config.base";

// Le sous-chemin « ./client » (Node) utilise les types de Node ; le cœur reste sans `node:`.
export default defineConfig(configurationTsup({ entry: { index: "src/index.ts", client: "client/index.ts" }, dts: { compilerOptions: { types: ["node"] } } }));
