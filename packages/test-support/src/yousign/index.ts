export {
  CLE_API_EMULATEUR_YOUSIGN,
  SECRET_WEBHOOK_EMULATEUR_YOUSIGN,
  demarrerEmulateurYousign,
  type EmulateurYousign,
  type NotificationYousignEmulee,
  type OptionsEmulateurYousign,
} from "./demarrerEmulateurYousign";
