// Graine fixe des tests de propriétés (fast-check) : chaque exécution, locale ou en intégration
// continue, rejoue les mêmes cas. COMMUNS_OPCO_GRAINE=<nombre> en choisit une autre ; en cas
// d'échec, fast-check affiche la graine et le chemin du contre-exemple pour le rejouer.
import fc from "fast-check";

const graine = Number(process.env["COMMUNS_OPCO_GRAINE"] ?? 20261206);
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: Number.isFinite(graine) ? graine : 20261206 });
