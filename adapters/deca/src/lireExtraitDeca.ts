import { AnalyseurCsv, decoderTexte, validerCandidat, type EnregistrementCsvLu, type ResultatLecteur, type SourceDonnees } from "@communs-opco/adaptateur";
import { lireDossier, type Dossier } from "@communs-opco/schemas";
import { analyserEnsembleCourriels } from "./analyserEnsembleCourriels.js";

const PIED_PSQL = /^\(\d+ rows?\)[;\s]*$/u;

/** Découpe du texte par blocs de 64 Kio, au fil de la lecture : les lignes ne sont jamais toutes en mémoire. */
function* lignesCsv(texte: string): Generator<EnregistrementCsvLu> {
  // analyseur CSV unique (séparateur « | », sans guillemets) : fins de ligne LF, CRLF ou CR, lignes de longueur bornée
  const analyseur = new AnalyseurCsv({ separateur: "|", guillemets: false });
  for (let i = 0; i < texte.length; i += 65_536) yield* analyseur.pousser(texte.slice(i, i + 65_536));
  yield* analyseur.terminer();
}

/**
 * Lit l'extrait DECA à séparateur `|` (en-tête `SIRET|EMAIL`, une ligne par
 * établissement employeur, adresses entre accolades `{a@x.fr,b@y.fr}`). Chaque ligne
 * donne un dossier standard `{contrat: {employeur: {siret, courriel}}}` (premier
 * courriel) ; la liste complète est conservée dans `extensions["deca-extrait:/EMAIL"]`
 * dès qu'elle compte plus d'une adresse ou des `NULL`, et toute colonne inconnue sous
 * `deca-extrait:/NOM_COLONNE`. Les lignes vides et le pied de tableau `(N rows)` des
 * exports psql ne sont pas des enregistrements. Erreurs localisées par ligne (à partir
 * de 1, en-tête compris). Ne lève jamais d'exception.
 *
 * @example
 * ```ts
 * for await (const r of lireExtraitDeca({ nom: "extrait.csv", octets })) {
 *   if (r.ok) console.log(r.valeur.contrat?.employeur?.siret);
 * }
 * ```
 */
export async function* lireExtraitDeca(source: SourceDonnees): AsyncGenerator<ResultatLecteur<Dossier>> {
  const texte = decoderTexte(source.octets);
  if (texte === undefined) {
    yield { ok: false, erreur: { code: "encodage_invalide", message: "Le fichier n'est pas encodé en UTF-8.", source: { fichier: source.nom } } };
    return;
  }
  // Itérateur parcouru à la main : l'en-tête trouvé, la lecture reprend à la ligne suivante (un for…of refermerait le générateur).
  const lignes = lignesCsv(texte);
  let entete: EnregistrementCsvLu | undefined;
  for (let l = lignes.next(); l.done !== true; l = lignes.next()) {
    if ("erreur" in l.value || l.value.champs.join("|").trim() !== "") {
      entete = l.value;
      break;
    }
  }
  if (entete === undefined) {
    yield { ok: false, erreur: { code: "source_vide", message: "Le fichier est vide.", source: { fichier: source.nom } } };
    return;
  }
  const colonnes = "erreur" in entete ? [] : entete.champs.map((c) => c.trim());
  const iSiret = colonnes.findIndex((c) => c.toUpperCase() === "SIRET");
  const iCourriel = colonnes.findIndex((c) => c.toUpperCase() === "EMAIL");
  if (iSiret < 0) {
    yield {
      ok: false,
      erreur: {
        code: "structure_invalide",
        message: "En-tête de l'extrait DECA attendu : « SIRET|EMAIL » (colonne SIRET absente).",
        source: { fichier: source.nom, ligne: entete.ligne },
      },
    };
    return;
  }
  for (let suivante = lignes.next(); suivante.done !== true; suivante = lignes.next()) {
    const lue = suivante.value;
    const numeroLigne = lue.ligne;
    if ("erreur" in lue) {
      yield { ok: false, erreur: { code: "syntaxe_invalide", message: `Ligne illisible : ${lue.erreur}.`, source: { fichier: source.nom, ligne: numeroLigne } } };
      continue;
    }
    const ligne = lue.champs.join("|");
    if (ligne.trim() === "" || PIED_PSQL.test(ligne.trim())) continue;
    const cellules = lue.champs;
    if (cellules.length !== colonnes.length) {
      yield {
        ok: false,
        erreur: {
          code: "syntaxe_invalide",
          message: `${colonnes.length} colonnes attendues, ${cellules.length} trouvées.`,
          source: { fichier: source.nom, ligne: numeroLigne },
        },
      };
      continue;
    }
    const candidat: Record<string, unknown> = { source: { systeme: "deca", version: "extrait-siret-courriel" } };
    const extensions: Record<string, unknown> = {};
    const employeur: Record<string, unknown> = {};
    const siret = (cellules[iSiret] as string).trim();
    if (siret !== "") employeur["siret"] = siret;
    if (iCourriel >= 0) {
      const cellule = cellules[iCourriel] as string;
      const ensemble = analyserEnsembleCourriels(cellule);
      if (ensemble === undefined && cellule.trim() !== "") {
        yield {
          ok: false,
          erreur: {
            code: "syntaxe_invalide",
            message: "La colonne EMAIL doit être un ensemble entre accolades : {a@x.fr,b@y.fr}.",
            source: { fichier: source.nom, ligne: numeroLigne, champ: colonnes[iCourriel] as string },
          },
        };
        continue;
      }
      if (ensemble !== undefined) {
        const [premier] = ensemble.courriels;
        if (premier !== undefined) employeur["courriel"] = premier;
        if (ensemble.courriels.length > 1 || ensemble.nuls > 0) extensions["deca-extrait:/EMAIL"] = cellule.trim();
      }
    }
    colonnes.forEach((nom, j) => {
      if (j === iSiret || j === iCourriel) return;
      extensions[`deca-extrait:/${nom.replaceAll("~", "~0").replaceAll("/", "~1")}`] = cellules[j];
    });
    if (Object.keys(employeur).length > 0) candidat["contrat"] = { employeur };
    const origines = new Map([
      ["contrat.employeur.siret", "/SIRET"],
      ["contrat.employeur.courriel", "/EMAIL"],
    ]);
    const resultat = validerCandidat<Dossier>({ candidat, extensions, origines }, { lecteur: lireDossier, fichier: source.nom, ligne: numeroLigne });
    if (resultat.ok) {
      yield { ok: true, valeur: resultat.valeur, source: { fichier: source.nom, ligne: numeroLigne } };
    } else {
      const { pointeur, ...reste } = resultat.erreur.source;
      const champ = pointeur === undefined ? undefined : pointeur.slice(1);
      yield { ok: false, erreur: { ...resultat.erreur, source: { ...reste, ...(champ === undefined ? {} : { champ }) } } };
    }
  }
}
