import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { PortReferentielFormulaire, ProfilRecurrent } from "@communs-opco/formulaire";
import { chargerInstantane, chargerInstantaneEmbarque, ErreurInstantane, ReferentielHorsLigne, type Instantane } from "@communs-opco/referentiels";
import type { Commande } from "../Commande";
import { masquerChampPersonnel } from "../completer/masquerChampPersonnel";
import { completerBrouillon, estProfil } from "../completer/completerBrouillon";
import { dateDuJour } from "../controle/dateDuJour";
import { ErreurUsage } from "../ErreurUsage";
import { lireOptions } from "../lireOptions";

const USAGE = `Usage : opco completer --siret SIRET [--rncp RNCP|CFD] [--uai UAI|SIRET] [--code-postal CP]
                     [--profil FICHIER…] [--referentiel embarque|DIR] [--date AAAA-MM-JJ] [--json] [--en-clair]

Prépare un brouillon de CERFA FA13 à partir d'identifiants : employeur (SIRET : NAF et IDCC si la
source les connaît, libellé de la convention collective), formation (code RNCP ou code diplôme :
correspondance RNCP ↔ CFD, intitulé), CFA responsable (UAI ou SIRET : SIRET, UAI, dénomination),
commune de l'employeur (code postal, base embarquée des codes postaux). Chaque valeur indique sa
provenance (saisie, profil:<nom>, referentiel:<source>) et la date de la donnée ; une saisie n'est
jamais remplacée. La complétude par bloc suit les champs obligatoires du moteur de règles.

Options :
  --siret SIRET         SIRET de l'employeur (obligatoire)
  --rncp CODE           code RNCP (RNCP37537) ou code diplôme (50022137) de la formation
  --uai CODE            UAI ou SIRET du CFA responsable
  --code-postal CP      code postal de l'adresse de l'employeur
  --profil FICHIER      profil récurrent JSON { nom, type: employeur|maitre|cfa, miseAJour, champs } (répétable ;
                        « - » : lu sur l'entrée standard)
  --referentiel SOURCE  « embarque » (par défaut) ou dossier d'un instantané local (opco referentiel importer)
  --date AAAA-MM-JJ     date de la saisie (par défaut : aujourd'hui, heure de Paris)
  --json                sortie JSON : { brouillon, completude, consultations, conserves }
  --en-clair            n'applique pas le masquage des données personnelles (profils de maître)

Hors ligne, l'entreprise (NAF, IDCC) est « indisponible » : ces données viennent d'API en ligne.
Code de sortie : 0 si le brouillon est produit, 2 en cas d'erreur d'utilisation.`;

async function chargerReferentiel(source: string | undefined, repertoire: string): Promise<Instantane> {
  try {
    return source === undefined || source === "embarque" ? await chargerInstantaneEmbarque() : await chargerInstantane(resolve(repertoire, source));
  } catch (erreur) {
    if (erreur instanceof ErreurInstantane) throw new ErreurUsage(erreur.message);
    throw erreur;
  }
}

async function lireProfil(fichier: string, repertoire: string, entreeStandard: () => Promise<string>): Promise<ProfilRecurrent> {
  let texte: string;
  try {
    // « - » : le profil est lu sur l'entrée standard
    texte = fichier === "-" ? await entreeStandard() : await readFile(resolve(repertoire, fichier), "utf8");
  } catch {
    throw new ErreurUsage(`profil illisible : ${fichier}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(texte);
  } catch {
    throw new ErreurUsage(`profil ${fichier} : JSON invalide`);
  }
  if (!estProfil(json)) throw new ErreurUsage(`profil ${fichier} : attendu { nom, type: employeur|maitre|cfa, miseAJour, champs }`);
  return json;
}

/**
 * Commande `opco completer` : brouillon de CERFA autocomplété depuis un SIRET, un RNCP/CFD, un
 * UAI et un code postal (référentiel embarqué ou instantané local), avec provenance de chaque
 * champ et complétude par bloc.
 *
 * @example
 * ```ts
 * await executerCli(["completer", "--siret", "80123456700015", "--rncp", "RNCP37537", "--json"], contexte);
 * ```
 */
export const commandeCompleter: Commande = {
  nom: "completer",
  resume: "Autocomplète un brouillon de CERFA depuis un SIRET, un RNCP, un UAI, un code postal.",
  usage: USAGE,
  async executer(args, contexte) {
    const { values, positionals } = lireOptions(args, {
      siret: { type: "string" },
      rncp: { type: "string" },
      uai: { type: "string" },
      "code-postal": { type: "string" },
      profil: { type: "string", multiple: true },
      referentiel: { type: "string" },
      date: { type: "string" },
      json: { type: "boolean" },
      "en-clair": { type: "boolean" },
    });
    if (positionals.length > 0) throw new ErreurUsage(`argument inattendu : ${positionals[0] ?? ""}`);
    if (values.siret === undefined) throw new ErreurUsage("option --siret obligatoire");
    const date = values.date ?? dateDuJour(new Date());
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new ErreurUsage(`date invalide : « ${date} » (attendu AAAA-MM-JJ)`);
    const profils = await Promise.all((values.profil ?? []).map((f) => lireProfil(f, contexte.repertoire, () => contexte.lireEntreeStandard())));
    const referentiel: PortReferentielFormulaire = new ReferentielHorsLigne(await chargerReferentiel(values.referentiel, contexte.repertoire));

    const enClair = values["en-clair"] === true;
    const { brouillon: champs, completude, consultations, conserves } = await completerBrouillon(
      {
        siret: values.siret,
        ...(values.rncp === undefined ? {} : { certification: values.rncp }),
        ...(values.uai === undefined ? {} : { cfa: values.uai }),
        ...(values["code-postal"] === undefined ? {} : { codePostal: values["code-postal"] }),
      },
      { referentiel, date, profils, enClair },
    );
    const r = { consultations };

    if (values.json === true) {
      const sortie = { date, brouillon: champs, completude, consultations: r.consultations, conserves };
      contexte.ecrire(`${JSON.stringify(sortie, null, 2)}\n`);
      return 0;
    }
    const lignes: string[] = [`Brouillon de CERFA FA13 au ${date}`, "", "Consultations :"];
    const libelles = { trouve: "trouvé", absent: "absent", indetermine: "indéterminé", indisponible: "indisponible", invalide: "invalide" } as const;
    for (const c of r.consultations) {
      const source = c.source === null ? "" : ` — ${c.source}${c.dateSource === null ? "" : ` (${c.dateSource})`}`;
      lignes.push(`  ${c.demande} ${c.identifiant} : ${libelles[c.statut]}${source}${c.raison === undefined ? "" : ` — ${c.raison}`}`);
      for (const remarque of c.remarques) lignes.push(`    ! ${remarque}`);
      if (c.choix !== undefined) lignes.push(`    choix : ${c.choix.join(", ")}`);
    }
    for (const bloc of completude.blocs) {
      lignes.push("", `[${bloc.bloc}] ${String(bloc.pourcentage)} % (${String(bloc.champs - bloc.invalides)}/${String(bloc.champs)} champs exigés)`);
      const prefixes = bloc.bloc === "maitre" ? ["maitre1.", "maitre2."] : bloc.bloc === "formation" ? ["formation.", "organismeFormation.", "etablissementFormation."] : [`${bloc.bloc}.`];
      for (const [chemin, c] of Object.entries(champs)) {
        if (!prefixes.some((p) => chemin.startsWith(p))) continue;
        lignes.push(`  ${chemin} = ${JSON.stringify(c.valeur)}  [${c.provenance}${c.date === null ? "" : `, ${c.date}`}]`);
      }
      if (bloc.chemins.length > 0) lignes.push(`  à compléter : ${bloc.chemins.join(", ")}`);
    }
    for (const c of conserves) lignes.push(`Valeur conservée ${c.chemin} (${c.provenanceExistante}) ; proposée par ${c.provenanceProposee} : ${JSON.stringify(enClair ? c.proposee : masquerChampPersonnel(c.chemin, c.proposee))}`);
    contexte.ecrire(`${lignes.join("\n")}\n`);
    return 0;
  },
};
