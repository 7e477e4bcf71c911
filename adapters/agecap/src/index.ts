// Adaptateur AGECAP : contrats WS01 et statuts WS03 ↔ dossier standard.
export { adaptateurAgecap, adaptateurAgecap as adaptateur } from "./adaptateurAgecap.js";
export { adaptateurStatutsAgecap } from "./adaptateurStatutsAgecap.js";
export { lireAgecap, estStatutAgecap } from "./lireAgecap.js";
export { ecrireAgecap, pertesAgecap } from "./ecrireAgecap.js";
export { contratAgecap } from "./contratAgecap.js";
export { ecrireStatutsAgecap, statutAgecap } from "./ecrireStatutsAgecap.js";
export { detecterAgecap } from "./detecterAgecap.js";
export { tableAgecap, tableStatutAgecap } from "./tableAgecap.js";
export { statutsAgecap, libelleStatutAgecap } from "./statutsAgecap.js";
export { versRemunerationsAnnuelles, versRemunerationsStructurees } from "./remunerationsStructurees.js";
export { retirerCaracteresSpeciaux } from "./retirerCaracteresSpeciaux.js";
export { horodatageAgecap } from "./horodatageAgecap.js";
