import { defineConfig } from "tsup";
import { configurationTsup } from "../../tsup.config.base";

export default defineConfig(configurationTsup());
