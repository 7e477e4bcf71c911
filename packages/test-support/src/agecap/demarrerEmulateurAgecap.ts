import { randomUUID } from "node:crypto";
import { demarrerServeurEmulateur, type ReponseEmulateur, type RequeteEmulateur } from "../ServeurEmulateur";
import type { EmulateurAgecap } from "./EmulateurAgecap";
import type { OptionsEmulateurAgecap } from "./OptionsEmulateurAgecap";

const estObjet = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const refus = (statut: number, message: string): ReponseEmulateur => ({ statut, corps: { message } });

/** Téléphones du contrat qui ne sont pas au format attendu : national « 0… » (10 chiffres) pour la France, « 00… » sinon. */
function telephonesInvalides(contrat: Record<string, unknown>): string[] {
  const invalides: string[] = [];
  for (const bloc of ["employeur", "alternant"]) {
    const b = contrat[bloc];
    const t = estObjet(b) ? b["telephone"] : undefined;
    if (t === undefined) continue;
    if (typeof t !== "string" || !(/^0[1-9]\d{8}$/u.test(t) || /^00(?!33)[1-9]\d{4,13}$/u.test(t))) invalides.push(`${bloc}.telephone`);
  }
  return invalides;
}

/** Parties d'un corps multipart/form-data : nom, nom de fichier éventuel et octets. */
function partiesMultipart(octets: Uint8Array, typeContenu: string): { nom: string; fichier?: string; valeur: Buffer }[] | undefined {
  const frontiere = /boundary=(?:"([^"]+)"|([^;]+))/u.exec(typeContenu);
  const marque = frontiere?.[1] ?? frontiere?.[2];
  if (marque === undefined) return undefined;
  const corps = Buffer.from(octets);
  const separateur = Buffer.from(`--${marque}`);
  const parties: { nom: string; fichier?: string; valeur: Buffer }[] = [];
  let debut = corps.indexOf(separateur);
  while (debut >= 0) {
    const suivant = corps.indexOf(separateur, debut + separateur.length);
    if (suivant < 0) break;
    const bloc = corps.subarray(debut + separateur.length + 2, suivant - 2);
    const finEntetes = bloc.indexOf("\r\n\r\n");
    if (finEntetes >= 0) {
      const entetes = bloc.subarray(0, finEntetes).toString("utf8");
      const nom = /name="([^"]*)"/u.exec(entetes)?.[1] ?? "";
      const fichier = /filename="([^"]*)"/u.exec(entetes)?.[1];
      parties.push({ nom, ...(fichier === undefined ? {} : { fichier }), valeur: bloc.subarray(finEntetes + 4) });
    }
    debut = suivant;
  }
  return parties;
}

/**
 * Démarre un émulateur local d'AGECAP (`opco-echanges.md` §4.3) en **HTTPS avec TLS mutuel** :
 * le certificat client doit être signé par l'autorité de test (sinon la poignée de main
 * échoue). Routes : `POST /authenticate` (HTTP Basic → `{ token }`), WS01 `POST /contrats`
 * (jeton Bearer ; blocs `employeur`, `alternant`, `detailsContrat` exigés ; téléphones au
 * format national « 0… » pour la France, 400 sinon ; 201 → `{ id }`), WS02
 * `POST /contrats/:id/pj/:idDocument` (multipart : `type` « 1 » convention ou « 2 » autre,
 * fichier PDF). Pannes communes à la demande (429 + `Retry-After`, 5xx, blocage, JSON malformé).
 *
 * @example
 * ```ts
 * const certificats = genererCertificatsTest();
 * const agecap = await demarrerEmulateurAgecap({ certificats });
 * await agecap.arreter();
 * ```
 */
export async function demarrerEmulateurAgecap(options: OptionsEmulateurAgecap): Promise<EmulateurAgecap> {
  const attendu = `Basic ${Buffer.from(`${options.identifiant ?? "agecap"}:${options.motDePasse ?? "mot-de-passe-agecap"}`).toString("base64")}`;
  const horloge = options.horloge ?? Date.now;
  const duree = options.dureeJetonMs ?? 3_600_000;
  const jetons = new Map<string, number>();
  const contrats = new Map<string, Record<string, unknown>>();
  const piecesJointes: { idContrat: string; idDocument: string; type: string; nomFichier: string; octets: Uint8Array }[] = [];
  let jetonsEmis = 0;

  const jetonValide = (requete: RequeteEmulateur): boolean => {
    const autorisation = requete.entetes["authorization"] ?? "";
    const jeton = autorisation.startsWith("Bearer ") ? autorisation.slice(7) : "";
    const expire = jetons.get(jeton);
    return expire !== undefined && horloge() < expire;
  };

  const emulateur = await demarrerServeurEmulateur({
    ...options,
    tls: { cle: options.certificats.serveur.cle, certificat: options.certificats.serveur.certificat, ca: options.certificats.ca, exigerCertificatClient: true },
    authentifier: (requete) => {
      if (requete.chemin === "/authenticate") return requete.entetes["authorization"] === attendu ? undefined : refus(401, "Identifiants invalides");
      return jetonValide(requete) ? undefined : refus(401, "Jeton absent, invalide ou expiré");
    },
    routes: [
      {
        methode: "POST",
        motif: "/authenticate",
        gerer: () => {
          const jeton = randomUUID();
          jetons.set(jeton, horloge() + duree);
          jetonsEmis += 1;
          return { statut: 200, corps: { token: jeton } };
        },
      },
      {
        methode: "POST",
        motif: "/contrats",
        gerer: (requete) => {
          const corps = requete.corps;
          if (!estObjet(corps) || !["employeur", "alternant", "detailsContrat"].every((b) => estObjet(corps[b]))) return refus(400, "Blocs employeur, alternant et detailsContrat obligatoires");
          const invalides = telephonesInvalides(corps);
          if (invalides.length > 0) return refus(400, `Téléphone au format national attendu (0…) : ${invalides.join(", ")}`);
          const id = `T${String(contrats.size + 1).padStart(9, "0")}`;
          contrats.set(id, structuredClone(corps));
          return { statut: 201, corps: { id } };
        },
      },
      {
        methode: "POST",
        motif: "/contrats/:id/pj/:idDocument",
        gerer: (requete) => {
          const id = requete.parametresChemin["id"] ?? "";
          if (!contrats.has(id)) return refus(404, "Contrat inconnu");
          const typeContenu = String(requete.entetes["content-type"] ?? "");
          const parties = requete.corpsOctets === undefined ? undefined : partiesMultipart(requete.corpsOctets, typeContenu);
          if (!typeContenu.startsWith("multipart/form-data") || parties === undefined) return refus(400, "multipart/form-data attendu");
          const type = parties.find((p) => p.nom === "type")?.valeur.toString("utf8");
          const fichier = parties.find((p) => p.fichier !== undefined);
          if (type !== "1" && type !== "2") return refus(400, "type : « 1 » (convention de formation) ou « 2 » (autre)");
          if (fichier === undefined || !fichier.valeur.subarray(0, 5).equals(Buffer.from("%PDF-"))) return refus(400, "Fichier PDF attendu");
          piecesJointes.push({ idContrat: id, idDocument: requete.parametresChemin["idDocument"] ?? "", type, nomFichier: fichier.fichier ?? "", octets: new Uint8Array(fichier.valeur) });
          return { statut: 201, corps: { id, idDocument: requete.parametresChemin["idDocument"] } };
        },
      },
    ],
  });
  return {
    ...emulateur,
    get jetonsEmis() {
      return jetonsEmis;
    },
    contrats,
    piecesJointes,
  };
}
