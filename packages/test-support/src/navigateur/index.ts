export { cheminChromium } from "./cheminChromium";
export { lancerChromium, type ChromiumLance, type OptionsChromium } from "./lancerChromium";
