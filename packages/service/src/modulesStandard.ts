import type { ModuleRoutes } from "./ModuleRoutes";
import { routesControle } from "./routes/routesControle";
import { routesConversion } from "./routes/routesConversion";
import { routesExploitation } from "./routes/routesExploitation";
import { routesFormulaire } from "./routes/routesFormulaire";
import { routesIndicateurs } from "./routes/routesIndicateurs";
import { routesOffres } from "./routes/routesOffres";
import { routesReferentiel } from "./routes/routesReferentiel";
import { routesSignature } from "./routes/routesSignature";

/**
 * Modules de routes montés par défaut. Pour ajouter les routes d'un autre paquet :
 * `creerApplication(configuration, { modules: [...modulesStandard, autreModule] })`.
 *
 * @example
 * ```ts
 * modulesStandard.map((m) => m.nom); // ["exploitation", "controle", "referentiel", …]
 * ```
 */
export const modulesStandard: readonly ModuleRoutes[] = [routesExploitation, routesControle, routesConversion, routesReferentiel, routesIndicateurs, routesFormulaire, routesSignature, routesOffres];
