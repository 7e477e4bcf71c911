import { defineConfig } from "tsup";
import { configurationTsup } from "../../tsup.config.base";

export default defineConfig([
  configurationTsup(),
  configurationTsup({ entry: { cli: "src/cli.ts" }, format: ["esm"], dts: false, clean: false }),
]);
