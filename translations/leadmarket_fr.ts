<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApiError</name>
    <message>
        <source>email address</source>
        <translation>adresse e-mail</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>client name</source>
        <translation>nom du client</translation>
    </message>
    <message>
        <source>client email</source>
        <translation>e-mail du client</translation>
    </message>
    <message>
        <source>client phone</source>
        <translation>téléphone du client</translation>
    </message>
    <message>
        <source>company</source>
        <translation>entreprise</translation>
    </message>
    <message>
        <source>estimated value</source>
        <translation>valeur estimée</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>quality score</source>
        <translation>note de qualité</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>commentaire</translation>
    </message>
    <message>
        <source>rejection reason</source>
        <translation>motif du refus</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>campagne</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>montant</translation>
    </message>
    <message>
        <source>The LeadMarket server cannot be reached. Check your Internet connection; your work is kept and will be sent when the connection is back.</source>
        <translation>Le serveur LeadMarket est injoignable. Vérifiez votre connexion Internet ; votre travail est conservé et sera envoyé dès le retour de la connexion.</translation>
    </message>
    <message>
        <source>The LeadMarket server is taking too long to answer. Please try again in a moment.</source>
        <translation>Le serveur LeadMarket met trop de temps à répondre. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>This server address is not secure (it does not start with https://). Use the https:// address of your LeadMarket server.</source>
        <translation>Cette adresse de serveur n&apos;est pas sécurisée (elle ne commence pas par https://). Utilisez l&apos;adresse https:// de votre serveur LeadMarket.</translation>
    </message>
    <message>
        <source>The server sent an answer this version of LeadMarket does not understand. Please update the application or contact support.</source>
        <translation>Le serveur a envoyé une réponse que cette version de LeadMarket ne comprend pas. Mettez l&apos;application à jour ou contactez le support.</translation>
    </message>
    <message>
        <source>Your password could not be remembered: no keychain is available on this computer (the Secret Service, such as GNOME Keyring, is missing or locked). You will be asked to sign in next time.</source>
        <translation>Votre connexion n&apos;a pas pu être mémorisée : aucun trousseau n&apos;est disponible sur cet ordinateur (le service de secrets, comme GNOME Keyring, est absent ou verrouillé). Il faudra vous reconnecter la prochaine fois.</translation>
    </message>
    <message>
        <source>The email address or the password is incorrect.</source>
        <translation>L&apos;adresse e-mail ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation>Votre session a expiré. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation>Votre compte n&apos;est pas autorisé à faire cela.</translation>
    </message>
    <message>
        <source>This item no longer exists or is not yours.</source>
        <translation>Cet élément n&apos;existe plus ou ne vous appartient pas.</translation>
    </message>
    <message>
        <source>An account already exists with this email address.</source>
        <translation>Un compte existe déjà avec cette adresse e-mail.</translation>
    </message>
    <message>
        <source>This lead has already been handled (validated, rejected or expired).</source>
        <translation>Ce lead a déjà été traité (validé, refusé ou expiré).</translation>
    </message>
    <message>
        <source>This client was already sent to this campaign in the last 30 days.</source>
        <translation>Ce client a déjà été proposé à cette campagne au cours des 30 derniers jours.</translation>
    </message>
    <message>
        <source>This campaign is paused: it does not accept new leads for now.</source>
        <translation>Cette campagne est en pause : elle n&apos;accepte pas de nouveaux leads pour le moment.</translation>
    </message>
    <message>
        <source>The merchant&apos;s deposit is too low to pay the commission of this lead.</source>
        <translation>Le dépôt du marchand est insuffisant pour payer la commission de ce lead.</translation>
    </message>
    <message>
        <source>The deposit is blocked: new leads are refused until it is recharged.</source>
        <translation>Le dépôt est bloqué : les nouveaux leads sont refusés jusqu&apos;à sa recharge.</translation>
    </message>
    <message>
        <source>This action was already sent with different details. Please start it again.</source>
        <translation>Cette action a déjà été envoyée avec d&apos;autres informations. Veuillez la recommencer.</translation>
    </message>
    <message>
        <source>Too many attempts. Please wait a minute and try again.</source>
        <translation>Trop de tentatives. Patientez une minute puis réessayez.</translation>
    </message>
    <message>
        <source>What you sent is too large.</source>
        <translation>Ce que vous avez envoyé est trop volumineux.</translation>
    </message>
    <message>
        <source>The payment or messaging service is not answering. Nothing was charged; please try again later.</source>
        <translation>Le service de paiement ou de messagerie ne répond pas. Rien n&apos;a été débité ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>Some information is missing or incorrect.</source>
        <translation>Certaines informations sont manquantes ou incorrectes.</translation>
    </message>
    <message>
        <source>Some information is missing or incorrect: %1.</source>
        <translation>Certaines informations sont manquantes ou incorrectes : %1.</translation>
    </message>
    <message>
        <source>The server could not read the request. Please update the application.</source>
        <translation>Le serveur n&apos;a pas pu lire la demande. Veuillez mettre l&apos;application à jour.</translation>
    </message>
    <message>
        <source>The LeadMarket server has a problem right now. Your work is kept; please try again later.</source>
        <translation>Le serveur LeadMarket rencontre un problème. Votre travail est conservé ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server refused the request (error %1).</source>
        <translation>Le serveur a refusé la demande (erreur %1).</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Received</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Influenceur</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Estimated value (MAD)</source>
        <translation>Valeur estimée (MAD)</translation>
    </message>
    <message>
        <source>Commission (MAD)</source>
        <translation>Commission (MAD)</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Amount (MAD)</source>
        <translation>Montant (MAD)</translation>
    </message>
    <message>
        <source>Balance change (MAD)</source>
        <translation>Variation du solde (MAD)</translation>
    </message>
    <message>
        <source>Balance after (MAD)</source>
        <translation>Solde après (MAD)</translation>
    </message>
    <message>
        <source>Reserved after (MAD)</source>
        <translation>Réservé après (MAD)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <source>LeadMarket desktop client</source>
        <translation>Client de bureau LeadMarket</translation>
    </message>
    <message>
        <source>Server address.</source>
        <translation>Adresse du serveur.</translation>
    </message>
    <message>
        <source>Interface language: fr, ar or en.</source>
        <translation>Langue de l&apos;interface : fr, ar ou en.</translation>
    </message>
    <message>
        <source>Profile (account or server) to use.</source>
        <translation>Profil (compte ou serveur) à utiliser.</translation>
    </message>
    <message>
        <source>Account email address.</source>
        <translation>Adresse e-mail du compte.</translation>
    </message>
    <message>
        <source>Read a token on standard input, keep it in the keychain for --server and --email, and exit.</source>
        <translation>Lire un jeton sur l&apos;entrée standard, le garder dans le trousseau pour --server et --email, puis quitter.</translation>
    </message>
    <message>
        <source>Log debug messages.</source>
        <translation>Journaliser les messages de débogage.</translation>
    </message>
</context>
<context>
    <name>lm::client::AboutDialog</name>
    <message>
        <source>About LeadMarket</source>
        <translation>À propos de LeadMarket</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>The pay-per-lead marketplace for services in Morocco: influencers bring clients, merchants pay only for the leads they validate.</source>
        <translation>La place de marché de leads payés au résultat pour les services au Maroc : les influenceurs apportent des clients, les marchands ne paient que les leads qu&apos;ils valident.</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>Fichier journal : %1</translation>
    </message>
</context>
<context>
    <name>lm::client::Actions</name>
    <message>
        <source>This campaign is not known here yet. Synchronise, then try again.</source>
        <translation>Cette campagne n’est pas encore connue ici. Synchronisez, puis réessayez.</translation>
    </message>
    <message>
        <source>This lead could not be kept for sending. Synchronise, then try again.</source>
        <translation>Ce lead n’a pas pu être conservé pour l’envoi. Synchronisez, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>lm::client::AdminWorkspace</name>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
</context>
<context>
    <name>lm::client::CampaignsModel</name>
    <message>
        <source>%1 % below %2, else %3</source>
        <translation>%1 % en dessous de %2, sinon %3</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Paused (deposit empty)</source>
        <translation>En pause (dépôt épuisé)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Marchand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Influencer share</source>
        <translation>Part de l&apos;influenceur</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
</context>
<context>
    <name>lm::client::CheckoutSession</name>
    <message>
        <source>The payment window could not be opened (%1).</source>
        <translation>La fenêtre de paiement n’a pas pu s’ouvrir (%1).</translation>
    </message>
</context>
<context>
    <name>lm::client::DepositBanner</name>
    <message>
        <source>Recharge…</source>
        <translation>Recharger…</translation>
    </message>
    <message>
        <source>Leads blocked by LeadMarket — your campaigns are paused. Contact LeadMarket to resume.</source>
        <translation>Leads bloqués par LeadMarket — vos campagnes sont en pause. Contactez LeadMarket pour reprendre.</translation>
    </message>
    <message>
        <source>Leads blocked — your campaigns are paused. Recharge to resume.</source>
        <translation>Leads bloqués — vos campagnes sont en pause. Rechargez pour reprendre.</translation>
    </message>
    <message>
        <source>Your deposit is almost empty (%1): new leads will be blocked at 0 %. Recharge now.</source>
        <translation>Votre dépôt est presque vide (%1) : les nouveaux leads seront bloqués à 0 %. Rechargez maintenant.</translation>
    </message>
</context>
<context>
    <name>lm::client::DepositCard</name>
    <message>
        <source>Deposit</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <source>Current balance:</source>
        <translation>Solde actuel :</translation>
    </message>
    <message>
        <source>Reserved for pending leads:</source>
        <translation>Réservé pour les leads en attente :</translation>
    </message>
    <message>
        <source>Available:</source>
        <translation>Disponible :</translation>
    </message>
    <message>
        <source>Re&amp;charge…</source>
        <translation>Re&amp;charger…</translation>
    </message>
    <message>
        <source>Add money to your deposit (Ctrl+R)</source>
        <translation>Ajouter de l’argent à votre dépôt (Ctrl+R)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Latest transactions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dernières transactions&lt;/b&gt;</translation>
    </message>
    <message>
        <source>See the full history</source>
        <translation>Voir tout l’historique</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>pas encore connu</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No transactions yet.</source>
        <translation>Aucune transaction pour le moment.</translation>
    </message>
</context>
<context>
    <name>lm::client::DepositGauge</name>
    <message>
        <source>Healthy balance</source>
        <translation>Solde sain</translation>
    </message>
    <message>
        <source>Attention</source>
        <comment>deposit level</comment>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>deposit level</comment>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Critical</source>
        <comment>deposit level</comment>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Depleted</source>
        <comment>deposit level</comment>
        <translation>Épuisé</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>deposit gauge percentage</comment>
        <extracomment>A percentage with one decimal, e.g. &quot;68.3%&quot;; French puts a narrow no-break space before %.</extracomment>
        <translation>%1&#x202f;%</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Pas encore connu</translation>
    </message>
    <message>
        <source>Deposit level</source>
        <translation>Niveau du dépôt</translation>
    </message>
</context>
<context>
    <name>lm::client::InfluencerWorkspace</name>
    <message>
        <source>The lead for %1 is submitted. It will be sent to the server as soon as possible.</source>
        <translation>Lead soumis pour %1. Il sera envoyé au serveur dès que possible.</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>Nouveau lead</translation>
    </message>
    <message>
        <source>My leads</source>
        <translation>Mes leads</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Queued actions</source>
        <translation>Actions en attente</translation>
    </message>
</context>
<context>
    <name>lm::client::LeadActionsDelegate</name>
    <message>
        <source>✓ Validate</source>
        <translation>✓ Valider</translation>
    </message>
    <message>
        <source>✗ Reject</source>
        <translation>✗ Refuser</translation>
    </message>
</context>
<context>
    <name>lm::client::LeadAwareness</name>
    <message numerus="yes">
        <source>%n more new lead(s)</source>
        <translation>
            <numerusform>%n autre nouveau lead</numerusform>
            <numerusform>%n autres nouveaux leads</numerusform>
        </translation>
    </message>
    <message>
        <source>Open LeadMarket to see the leads waiting for your decision.</source>
        <translation>Ouvrez LeadMarket pour voir les leads qui attendent votre décision.</translation>
    </message>
    <message>
        <source>Estimated value: %1 · commission: %2</source>
        <translation>Valeur estimée : %1 · commission : %2</translation>
    </message>
    <message>
        <source>New lead: %1</source>
        <translation>Nouveau lead : %1</translation>
    </message>
    <message>
        <source>Deposit alert</source>
        <translation>Alerte de dépôt</translation>
    </message>
</context>
<context>
    <name>lm::client::LeadDetailPane</name>
    <message>
        <source>Call this number</source>
        <translation>Appeler ce numéro</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Open a WhatsApp chat with this number</source>
        <translation>Ouvrir une discussion WhatsApp avec ce numéro</translation>
    </message>
    <message>
        <source>%1/10</source>
        <extracomment>A lead&apos;s quality score, e.g. &quot;7/10&quot;</extracomment>
        <translation>%1/10</translation>
    </message>
    <message numerus="yes">
        <source>%n leads selected</source>
        <translation>
            <numerusform>%n lead sélectionné</numerusform>
            <numerusform>%n leads sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a lead to see its details</source>
        <translation>Sélectionnez un lead pour voir ses détails</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Entreprise :</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail :</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone :</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Campagne :</translation>
    </message>
    <message>
        <source>Influencer:</source>
        <translation>Influenceur :</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <source>Estimated value:</source>
        <translation>Valeur estimée :</translation>
    </message>
    <message>
        <source>Commission:</source>
        <translation>Commission :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Reçu le :</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Expire le :</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes :</translation>
    </message>
    <message>
        <source>Quality score:</source>
        <translation>Note de qualité :</translation>
    </message>
    <message>
        <source>Feedback:</source>
        <translation>Commentaire :</translation>
    </message>
    <message>
        <source>Rejection reason:</source>
        <translation>Motif du refus :</translation>
    </message>
    <message>
        <source>Total estimated value:</source>
        <translation>Valeur estimée totale :</translation>
    </message>
    <message>
        <source>Total commission:</source>
        <translation>Commission totale :</translation>
    </message>
</context>
<context>
    <name>lm::client::LeadsModel</name>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Influenceur</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>Valeur estimée</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Validate (Enter) or reject (Delete) the selected leads</source>
        <translation>Valider (Entrée) ou refuser (Suppr) les leads sélectionnés</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
</context>
<context>
    <name>lm::client::LeadsPage</name>
    <message>
        <source>Search by client, company, campaign or influencer</source>
        <translation>Rechercher par client, entreprise, campagne ou influenceur</translation>
    </message>
</context>
<context>
    <name>lm::client::LoginDialog</name>
    <message>
        <source>Sign in to LeadMarket</source>
        <translation>Connexion à LeadMarket</translation>
    </message>
    <message>
        <source>name@company.ma</source>
        <translation>nom@entreprise.ma</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>Se souvenir de &amp;moi sur cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Enter a valid email address.</source>
        <translation>Saisissez une adresse e-mail valide.</translation>
    </message>
</context>
<context>
    <name>lm::client::MainWindow</name>
    <message>
        <source>An action was refused by the server: %1</source>
        <translation>Une action a été refusée par le serveur : %1</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>&amp;Synchronise now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Send queued actions and fetch the latest data (F5)</source>
        <translation>Envoyer les actions en attente et récupérer les dernières données (F5)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About LeadMarket</source>
        <translation>À &amp;propos de LeadMarket</translation>
    </message>
    <message>
        <source>&amp;Find a lead</source>
        <translation>&amp;Rechercher un lead</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>merchant</source>
        <translation>marchand</translation>
    </message>
    <message>
        <source>influencer</source>
        <translation>influenceur</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>LeadMarket — %1</source>
        <translation>LeadMarket — %1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Synchronising: %1</source>
        <translation>Synchronisation : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting</source>
        <translation>
            <numerusform>%n action en attente</numerusform>
            <numerusform>%n actions en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waiting</source>
        <translation>Rien en attente</translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refusée</numerusform>
            <numerusform>%n refusées</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Desktop notifications</source>
        <translation>Notifications du &amp;bureau</translation>
    </message>
    <message>
        <source>Announce new leads and deposit alerts on the desktop</source>
        <translation>Signaler les nouveaux leads et les alertes de dépôt sur le bureau</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>The cached leads could not be read: %1</source>
        <translation>Les leads en cache n’ont pas pu être lus : %1</translation>
    </message>
</context>
<context>
    <name>lm::client::MerchantWorkspace</name>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>All leads</source>
        <translation>Tous les leads</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Queued actions</source>
        <translation>Actions en attente</translation>
    </message>
    <message>
        <source>&amp;Recharge the deposit…</source>
        <translation>&amp;Recharger le dépôt…</translation>
    </message>
    <message>
        <source>Add money to your deposit (Ctrl+R)</source>
        <translation>Ajouter de l’argent à votre dépôt (Ctrl+R)</translation>
    </message>
    <message>
        <source>Export &amp;transactions to CSV…</source>
        <translation>Exporter les &amp;transactions en CSV…</translation>
    </message>
    <message>
        <source>Save your deposit&apos;s transaction history as a spreadsheet file</source>
        <translation>Enregistrer l’historique des transactions de votre dépôt dans un fichier de tableur</translation>
    </message>
    <message>
        <source>Overview (%1)</source>
        <translation>Vue d&apos;ensemble (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) validated. They will be sent to the server as soon as possible.</source>
        <translation>
            <numerusform>%n lead validé. Il sera envoyé au serveur dès que possible.</numerusform>
            <numerusform>%n leads validés. Ils seront envoyés au serveur dès que possible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) rejected. They will be sent to the server as soon as possible.</source>
        <translation>
            <numerusform>%n lead refusé. Il sera envoyé au serveur dès que possible.</numerusform>
            <numerusform>%n leads refusés. Ils seront envoyés au serveur dès que possible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) could no longer be changed.</source>
        <translation>
            <numerusform>%n lead ne pouvait plus être modifié.</numerusform>
            <numerusform>%n leads ne pouvaient plus être modifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export transactions</source>
        <translation>Exporter les transactions</translation>
    </message>
    <message>
        <source>transactions-%1.csv</source>
        <translation>transactions-%1.csv</translation>
    </message>
    <message numerus="yes">
        <source>%n new lead(s) since you last looked</source>
        <translation>
            <numerusform>%n nouveau lead depuis votre dernière visite</numerusform>
            <numerusform>%n nouveaux leads depuis votre dernière visite</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lm::client::NewLeadForm</name>
    <message>
        <source>%1 %</source>
        <extracomment>A percentage, e.g. &quot;30 %&quot; (as the Campaigns table writes them).</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters.</source>
        <translation>Trop long : %1 caractères au maximum.</translation>
    </message>
    <message>
        <source>Remove the invisible control character.</source>
        <translation>Supprimez le caractère de contrôle invisible.</translation>
    </message>
    <message>
        <source>name@example.ma</source>
        <translation>nom@exemple.ma</translation>
    </message>
    <message>
        <source>06 12 34 56 78</source>
        <translation>06 12 34 56 78</translation>
    </message>
    <message>
        <source>Su&amp;bmit the lead</source>
        <translation>&amp;Soumettre le lead</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Campagne :</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Nom complet :</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>E-&amp;mail :</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Té&amp;léphone :</translation>
    </message>
    <message>
        <source>Compan&amp;y (optional):</source>
        <translation>&amp;Entreprise (facultatif) :</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Estimated &amp;value (%1):</source>
        <translation>&amp;Valeur estimée (%1) :</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>S&amp;ource :</translation>
    </message>
    <message>
        <source>No&amp;tes (optional):</source>
        <translation>No&amp;tes (facultatif) :</translation>
    </message>
    <message>
        <source>%1 (paused: the merchant&apos;s deposit is empty)</source>
        <translation>%1 (en pause : le dépôt du marchand est épuisé)</translation>
    </message>
    <message>
        <source>%1 (paused by the merchant)</source>
        <translation>%1 (mise en pause par le marchand)</translation>
    </message>
    <message numerus="yes">
        <source>%n paused campaign(s) take no new leads until the merchant resumes them.</source>
        <translation>
            <numerusform>%n campagne en pause n’accepte aucun nouveau lead tant que le marchand ne la réactive pas.</numerusform>
            <numerusform>%n campagnes en pause n’acceptent aucun nouveau lead tant que le marchand ne les réactive pas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No campaign yet: synchronise to get the active campaigns.</source>
        <translation>Aucune campagne pour le moment : synchronisez pour obtenir les campagnes actives.</translation>
    </message>
    <message>
        <source>Pick an active campaign.</source>
        <translation>Choisissez une campagne active.</translation>
    </message>
    <message>
        <source>Enter the client&apos;s full name.</source>
        <translation>Saisissez le nom complet du client.</translation>
    </message>
    <message>
        <source>Enter the client&apos;s email address.</source>
        <translation>Saisissez l’adresse e-mail du client.</translation>
    </message>
    <message>
        <source>This is not an email address (for example name@example.ma).</source>
        <translation>Ce n’est pas une adresse e-mail (par exemple nom@exemple.ma).</translation>
    </message>
    <message>
        <source>Enter the client&apos;s phone number.</source>
        <translation>Saisissez le numéro de téléphone du client.</translation>
    </message>
    <message>
        <source>Not a phone number: write a Moroccan number (06 12 34 56 78) or + and the country code.</source>
        <translation>Numéro de téléphone invalide : saisissez un numéro marocain (06 12 34 56 78) ou + suivi de l’indicatif du pays.</translation>
    </message>
    <message>
        <source>Enter the estimated value of the service.</source>
        <translation>Saisissez la valeur estimée du service.</translation>
    </message>
    <message>
        <source>“%1” is not an amount; type for example %2.</source>
        <translation>« %1 » n’est pas un montant ; saisissez par exemple %2.</translation>
    </message>
    <message>
        <source>The estimated value must be more than zero.</source>
        <translation>La valeur estimée doit être supérieure à zéro.</translation>
    </message>
    <message>
        <source>The estimated value can be at most %1.</source>
        <translation>La valeur estimée ne peut pas dépasser %1.</translation>
    </message>
    <message>
        <source>Total commission: %1</source>
        <translation>Commission totale : %1</translation>
    </message>
    <message>
        <source>Your commission: %1 (%2)</source>
        <translation>Votre commission : %1 (%2)</translation>
    </message>
    <message>
        <source>Type: %1 below %2, a fixed %3 from %2 up</source>
        <translation>Type : %1 en dessous de %2, puis fixe à %3</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Type : %1</translation>
    </message>
    <message>
        <source>Type: Fixed (≥ %1)</source>
        <translation>Type : Fixe (≥ %1)</translation>
    </message>
    <message>
        <source>Type: Percentage (%1)</source>
        <translation>Type : Pourcentage (%1)</translation>
    </message>
    <message>
        <source>Cannot submit now.</source>
        <translation>Impossible de soumettre pour le moment.</translation>
    </message>
</context>
<context>
    <name>lm::client::NotificationsModel</name>
    <message>
        <source>Healthy</source>
        <translation>Sain</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Depleted</source>
        <translation>Épuisé</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>lm::client::OutboxModel</name>
    <message>
        <source>New lead</source>
        <translation>Nouveau lead</translation>
    </message>
    <message>
        <source>Validate lead</source>
        <translation>Valider le lead</translation>
    </message>
    <message>
        <source>Reject lead</source>
        <translation>Refuser le lead</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Mise en attente</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>lm::client::PendingLeadsPanel</name>
    <message>
        <source>&amp;Validate…</source>
        <translation>&amp;Valider…</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Refuser…</translation>
    </message>
    <message>
        <source>Filter by client name, email, phone or company (Ctrl+F)</source>
        <translation>Filtrer par nom du client, e-mail, téléphone ou entreprise (Ctrl+F)</translation>
    </message>
    <message>
        <source>No application here can open %1.</source>
        <translation>Aucune application de cet ordinateur ne peut ouvrir %1.</translation>
    </message>
    <message>
        <source>Reject the selected leads (Delete)</source>
        <translation>Refuser les leads sélectionnés (Suppr)</translation>
    </message>
    <message>
        <source>Validate the selected leads (Enter)</source>
        <translation>Valider les leads sélectionnés (Entrée)</translation>
    </message>
    <message>
        <source>Select one or more pending leads first.</source>
        <translation>Sélectionnez d’abord un ou plusieurs leads en attente.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Leads waiting for your decision&lt;/b&gt;</source>
        <translation>&lt;b&gt;Leads en attente de votre décision&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Validated leads&lt;/b&gt;</source>
        <translation>&lt;b&gt;Leads validés&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rejected leads&lt;/b&gt;</source>
        <translation>&lt;b&gt;Leads refusés&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Expired leads&lt;/b&gt;</source>
        <translation>&lt;b&gt;Leads expirés&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n lead(s) • %1 to validate</source>
        <translation>
            <numerusform>Total : %n lead • %1 à valider</numerusform>
            <numerusform>Total : %n leads • %1 à valider</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: %n lead(s) • %1 paid in commissions</source>
        <translation>
            <numerusform>Total : %n lead • %1 payés en commissions</numerusform>
            <numerusform>Total : %n leads • %1 payés en commissions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: %n lead(s) • %1 released</source>
        <translation>
            <numerusform>Total : %n lead • %1 libérés</numerusform>
            <numerusform>Total : %n leads • %1 libérés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lm::client::RechargeDialog</name>
    <message>
        <source>Bank card (Stripe)</source>
        <translation>Carte bancaire (Stripe)</translation>
    </message>
    <message>
        <source>Moroccan bank card (CMI)</source>
        <translation>Carte bancaire marocaine (CMI)</translation>
    </message>
    <message>
        <source>Test payment (sandbox)</source>
        <translation>Paiement de test (sandbox)</translation>
    </message>
    <message>
        <source>Recharge the deposit</source>
        <translation>Recharger le dépôt</translation>
    </message>
    <message>
        <source>Pick an amount or type your own (at least %1).</source>
        <translation>Choisissez un montant ou saisissez le vôtre (au moins %1).</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Montant (%1) :</translation>
    </message>
    <message>
        <source>&amp;Pay with:</source>
        <translation>&amp;Payer avec :</translation>
    </message>
    <message>
        <source>&amp;Continue to payment…</source>
        <translation>&amp;Continuer vers le paiement…</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Saisissez un montant.</translation>
    </message>
    <message>
        <source>“%1” is not an amount; type for example %2.</source>
        <translation>« %1 » n’est pas un montant ; saisissez par exemple %2.</translation>
    </message>
    <message>
        <source>The minimum recharge is %1.</source>
        <translation>La recharge minimale est de %1.</translation>
    </message>
    <message>
        <source>The maximum recharge is %1.</source>
        <translation>La recharge maximale est de %1.</translation>
    </message>
</context>
<context>
    <name>lm::client::RechargeFlow</name>
    <message>
        <source>Payment window open: complete the payment there (or in your browser).</source>
        <translation>Fenêtre de paiement ouverte : terminez-y le paiement (ou dans votre navigateur).</translation>
    </message>
    <message>
        <source>A payment is already open.</source>
        <translation>Un paiement est déjà en cours.</translation>
    </message>
    <message>
        <source>Opening the payment of %1…</source>
        <translation>Ouverture du paiement de %1…</translation>
    </message>
    <message>
        <source>Deposit recharged by %1</source>
        <translation>Dépôt rechargé de %1</translation>
    </message>
    <message>
        <source>You cancelled the payment. Your deposit has not changed.</source>
        <translation>Vous avez annulé le paiement. Votre dépôt n’a pas changé.</translation>
    </message>
    <message>
        <source>The payment was refused or cancelled. Your deposit has not changed.</source>
        <translation>Le paiement a été refusé ou annulé. Votre dépôt n’a pas changé.</translation>
    </message>
    <message>
        <source>The payment expired before it was completed. Your deposit has not changed.</source>
        <translation>Le paiement a expiré avant d’être terminé. Votre dépôt n’a pas changé.</translation>
    </message>
    <message>
        <source>The payment window was closed before the payment was completed. If you paid in your browser, your balance will update at the next synchronisation.</source>
        <translation>La fenêtre de paiement a été fermée avant la fin du paiement. Si vous avez payé dans votre navigateur, votre solde sera mis à jour à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>The payment could not be started: %1</source>
        <translation>Le paiement n’a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>Recharge</source>
        <translation>Recharge</translation>
    </message>
    <message>
        <source>Open the &amp;receipt</source>
        <translation>Ouvrir le &amp;reçu</translation>
    </message>
    <message>
        <source>Downloading the receipt…</source>
        <translation>Téléchargement du reçu…</translation>
    </message>
    <message>
        <source>The receipt is not ready yet. Try again in a moment.</source>
        <translation>Le reçu n’est pas encore prêt. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The receipt could not be downloaded: %1</source>
        <translation>Le reçu n’a pas pu être téléchargé : %1</translation>
    </message>
    <message>
        <source>LeadMarket receipt %1.pdf</source>
        <translation>Reçu LeadMarket %1.pdf</translation>
    </message>
    <message>
        <source>The receipt could not be saved in %1.</source>
        <translation>Le reçu n’a pas pu être enregistré dans %1.</translation>
    </message>
    <message>
        <source>Receipt saved: %1</source>
        <translation>Reçu enregistré : %1</translation>
    </message>
    <message>
        <source>Preparing the recharge…</source>
        <translation>Préparation de la recharge…</translation>
    </message>
    <message>
        <source>Recharging needs the server, which cannot be reached now: %1</source>
        <translation>La recharge a besoin du serveur, qui est injoignable pour le moment : %1</translation>
    </message>
    <message>
        <source>This server takes no payments at the moment. Please contact LeadMarket.</source>
        <translation>Ce serveur n’accepte aucun paiement pour le moment. Veuillez contacter LeadMarket.</translation>
    </message>
</context>
<context>
    <name>lm::client::RejectLeadDialog</name>
    <message>
        <source>Reject lead</source>
        <translation>Refuser le lead</translation>
    </message>
    <message>
        <source>Reject the lead of %1? Its reserved commission goes back to your available deposit.</source>
        <translation>Refuser le lead de %1 ? Sa commission réservée revient à votre dépôt disponible.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>Reject leads</source>
        <translation>Refuser les leads</translation>
    </message>
    <message numerus="yes">
        <source>Reject %n lead(s)? Their reserved commissions go back to your available deposit.</source>
        <translation>
            <numerusform>Refuser %n lead ? Sa commission réservée revient à votre dépôt disponible.</numerusform>
            <numerusform>Refuser %n leads ? Leurs commissions réservées reviennent à votre dépôt disponible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <comment>client names</comment>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate lead</source>
        <translation>Lead en double</translation>
    </message>
    <message>
        <source>Client unreachable</source>
        <translation>Client injoignable</translation>
    </message>
    <message>
        <source>Client not interested</source>
        <translation>Client non intéressé</translation>
    </message>
    <message>
        <source>Outside our service area</source>
        <translation>Hors de notre zone d’intervention</translation>
    </message>
    <message>
        <source>Fake or wrong contact details</source>
        <translation>Coordonnées fausses ou erronées</translation>
    </message>
    <message>
        <source>Budget too small</source>
        <translation>Budget insuffisant</translation>
    </message>
    <message>
        <source>Required: pick a reason or type your own</source>
        <translation>Obligatoire : choisissez un motif ou saisissez le vôtre</translation>
    </message>
    <message>
        <source>Released to your available deposit:</source>
        <translation>Restitué à votre dépôt disponible :</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Reject %n leads</source>
        <translation>
            <numerusform>&amp;Refuser %n lead</numerusform>
            <numerusform>&amp;Refuser %n leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lm::client::SyncEngine</name>
    <message>
        <source>Sending queued actions</source>
        <translation>Envoi des actions en attente</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
</context>
<context>
    <name>lm::client::TransactionsModel</name>
    <message>
        <source>Recharge</source>
        <translation>Recharge</translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation>Réservation</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Libération</translation>
    </message>
    <message>
        <source>Commission paid</source>
        <translation>Commission payée</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ajustement</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Solde après</translation>
    </message>
    <message>
        <source>Reserved after</source>
        <translation>Réservé après</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Lead of %1</source>
        <translation>Lead de %1</translation>
    </message>
    <message>
        <source>%1 reserved</source>
        <translation>%1 réservés</translation>
    </message>
    <message>
        <source>%1 released</source>
        <translation>%1 libérés</translation>
    </message>
</context>
<context>
    <name>lm::client::ValidateLeadDialog</name>
    <message>
        <source>Validate lead</source>
        <translation>Valider le lead</translation>
    </message>
    <message>
        <source>Validate the lead of %1? The commission of %2 will be paid from your deposit.</source>
        <translation>Valider le lead de %1 ? La commission de %2 sera payée depuis votre dépôt.</translation>
    </message>
    <message>
        <source>Optional: how was this client?</source>
        <translation>Facultatif : comment était ce client ?</translation>
    </message>
    <message>
        <source>&amp;Quality score (1–10):</source>
        <translation>&amp;Note de qualité (1–10) :</translation>
    </message>
    <message>
        <source>&amp;Feedback:</source>
        <translation>&amp;Commentaire :</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <source>Validate leads</source>
        <translation>Valider les leads</translation>
    </message>
    <message numerus="yes">
        <source>Validate %n lead(s)? Their commissions, %1 in all, will be paid from your deposit.</source>
        <translation>
            <numerusform>Valider %n lead ? Sa commission, %1 au total, sera payée depuis votre dépôt.</numerusform>
            <numerusform>Valider %n leads ? Leurs commissions, %1 au total, seront payées depuis votre dépôt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <comment>client names</comment>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose…</source>
        <comment>quality score not chosen yet</comment>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Commission to be deducted:</source>
        <translation>Commission à prélever :</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Validate %n leads</source>
        <translation>
            <numerusform>&amp;Valider %n lead</numerusform>
            <numerusform>&amp;Valider %n leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lm::client::Workspace</name>
    <message>
        <source>Export &amp;leads to CSV…</source>
        <translation>Exporter les &amp;leads en CSV…</translation>
    </message>
    <message>
        <source>Save the leads shown in the leads table as a spreadsheet file</source>
        <translation>Enregistrer les leads affichés dans le tableau des leads dans un fichier de tableur</translation>
    </message>
    <message>
        <source>Export leads</source>
        <translation>Exporter les leads</translation>
    </message>
    <message>
        <source>leads-%1.csv</source>
        <translation>leads-%1.csv</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) saved to %1</source>
        <translation>
            <numerusform>%n ligne enregistrée dans %1</numerusform>
            <numerusform>%n lignes enregistrées dans %1</numerusform>
        </translation>
    </message>
</context>
</TS>
