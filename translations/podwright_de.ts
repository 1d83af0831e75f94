<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>HelpController</name>
    <message>
        <source>Podwright User Guide</source>
        <translation>Podwright-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Inhalt</translation>
    </message>
</context>
<context>
    <name>PodTemplate</name>
    <message>
        <source>Single container</source>
        <translation>Ein einzelner Container</translation>
    </message>
    <message>
        <source>One nginx web server with a named port, resource requests and limits, and readiness and liveness probes. The smallest useful pod.</source>
        <translation>Ein nginx-Webserver mit benanntem Port, Ressourcen-Requests und -Limits sowie Readiness- und Liveness-Probe. Der kleinste sinnvolle Pod.</translation>
    </message>
    <message>
        <source>Web server with a log-shipping sidecar</source>
        <translation>Webserver mit Sidecar, der die Logs weiterleitet</translation>
    </message>
    <message>
        <source>The sidecar pattern: nginx writes its access log into a shared emptyDir volume, and a second container reads the same files (read-only) and ships them, here to its own output.</source>
        <translation>Das Sidecar-Muster: nginx schreibt sein Zugriffsprotokoll in ein gemeinsames emptyDir-Volume, und ein zweiter Container liest dieselben Dateien (schreibgeschützt) und leitet sie weiter, hier in seine eigene Ausgabe.</translation>
    </message>
    <message>
        <source>Init container preparing content</source>
        <translation>Init-Container bereitet Inhalte vor</translation>
    </message>
    <message>
        <source>An init container runs to completion first and writes the web page into an emptyDir volume; only then does nginx start and serve it.</source>
        <translation>Ein Init-Container läuft zuerst bis zum Ende und schreibt die Webseite in ein emptyDir-Volume; erst danach startet nginx und liefert sie aus.</translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation>Adapter</translation>
    </message>
    <message>
        <source>The adapter pattern: the app writes raw status lines to a shared volume; an adapter container converts them to a metrics format and serves them on port 9100.</source>
        <translation>Das Adapter-Muster: Die Anwendung schreibt rohe Statuszeilen in ein gemeinsames Volume; ein Adapter-Container wandelt sie in ein Metrikformat um und stellt sie auf Port 9100 bereit.</translation>
    </message>
    <message>
        <source>Ambassador (proxy)</source>
        <translation>Ambassador (Proxy)</translation>
    </message>
    <message>
        <source>The ambassador pattern: the app only talks to localhost:8080; an nginx ambassador in the same pod forwards the requests to the outside service. Containers of a pod share one network.</source>
        <translation>Das Ambassador-Muster: Die Anwendung spricht nur mit localhost:8080; ein nginx-Ambassador im selben Pod leitet die Anfragen an den externen Dienst weiter. Die Container eines Pods teilen sich ein Netzwerk.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>User interface</source>
        <translation>Benutzeroberfläche</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Podwright uses the new language after a restart.</source>
        <translation>Podwright verwendet die neue Sprache nach einem Neustart.</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>New from Template</source>
        <translation>Neu aus Vorlage</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
</context>
<context>
    <name>podwright::gui</name>
    <message>
        <source>That volume no longer exists</source>
        <translation>Dieses Volume gibt es nicht mehr</translation>
    </message>
    <message>
        <source>A volume is mounted in a container: drop it on a container card</source>
        <translation>Ein Volume wird in einen Container eingebunden: Legen Sie es auf einer Container-Karte ab</translation>
    </message>
    <message>
        <source>%1 already mounts %2</source>
        <translation>%1 bindet %2 bereits ein</translation>
    </message>
    <message>
        <source>no requests or limits</source>
        <translation>keine Requests oder Limits</translation>
    </message>
    <message>
        <source>req %1</source>
        <translation>Req. %1</translation>
    </message>
    <message>
        <source>lim %1</source>
        <translation>Lim. %1</translation>
    </message>
    <message>
        <source>in memory</source>
        <translation>im Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Init containers · run one after another, before the app</source>
        <translation>Init-Container · laufen nacheinander, vor der Anwendung</translation>
    </message>
    <message>
        <source>Sidecars · start first, keep running beside the app</source>
        <translation>Sidecars · starten zuerst, laufen neben der Anwendung weiter</translation>
    </message>
    <message>
        <source>App containers</source>
        <translation>Anwendungs-Container</translation>
    </message>
    <message>
        <source>Drop an init container here</source>
        <translation>Init-Container hier ablegen</translation>
    </message>
    <message>
        <source>Drop a sidecar here</source>
        <translation>Sidecar hier ablegen</translation>
    </message>
    <message>
        <source>Drop a container here</source>
        <translation>Container hier ablegen</translation>
    </message>
    <message>
        <source>Pod %1</source>
        <translation>Pod %1</translation>
    </message>
    <message>
        <source>%1 · pod template</source>
        <translation>%1 · Pod-Vorlage</translation>
    </message>
    <message>
        <source>One IP for the pod · containers reach each other on localhost</source>
        <translation>Eine IP für den Pod · die Container erreichen einander über localhost</translation>
    </message>
    <message>
        <source>%1 (ro)</source>
        <translation>%1 (nur lesen)</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Init container</source>
        <translation>Init-Container</translation>
    </message>
    <message>
        <source>Sidecar</source>
        <translation>Sidecar</translation>
    </message>
    <message>
        <source>emptyDir volume</source>
        <translation>emptyDir-Volume</translation>
    </message>
    <message>
        <source>hostPath volume</source>
        <translation>hostPath-Volume</translation>
    </message>
    <message>
        <source>configMap volume</source>
        <translation>configMap-Volume</translation>
    </message>
    <message>
        <source>secret volume</source>
        <translation>secret-Volume</translation>
    </message>
    <message>
        <source>persistentVolumeClaim volume</source>
        <translation>persistentVolumeClaim-Volume</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>A new pod: drop it on the canvas</source>
        <translation>Ein neuer Pod: Legen Sie ihn auf der Arbeitsfläche ab</translation>
    </message>
    <message>
        <source>An app container: runs for the life of the pod</source>
        <translation>Ein Anwendungs-Container: läuft, solange der Pod lebt</translation>
    </message>
    <message>
        <source>Runs to completion before the app containers start, one after another</source>
        <translation>Läuft bis zum Ende, bevor die Anwendungs-Container starten, einer nach dem anderen</translation>
    </message>
    <message>
        <source>An init container with restartPolicy: Always: starts first, keeps running</source>
        <translation>Ein Init-Container mit restartPolicy: Always: startet zuerst und läuft weiter</translation>
    </message>
    <message>
        <source>Scratch space shared by the pod&apos;s containers, deleted with the pod</source>
        <translation>Arbeitsbereich, den sich die Container des Pods teilen; wird mit dem Pod gelöscht</translation>
    </message>
    <message>
        <source>A directory of the host machine</source>
        <translation>Ein Verzeichnis des Host-Rechners</translation>
    </message>
    <message>
        <source>Files from a ConfigMap</source>
        <translation>Dateien aus einer ConfigMap</translation>
    </message>
    <message>
        <source>Files from a Secret</source>
        <translation>Dateien aus einem Secret</translation>
    </message>
    <message>
        <source>Storage that outlives the pod, through a claim</source>
        <translation>Speicher, der den Pod überdauert, über einen Claim</translation>
    </message>
    <message>
        <source>A port a container listens on: drop it on a container</source>
        <translation>Ein Port, auf dem ein Container lauscht: Legen Sie ihn auf einem Container ab</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Optional; up to 15 lowercase letters, digits and &apos;-&apos;. Probes and Services can refer to the port by this name</source>
        <translation>Optional; bis zu 15 Kleinbuchstaben, Ziffern und &apos;-&apos;. Probes und Services können den Port über diesen Namen ansprechen</translation>
    </message>
    <message>
        <source>Container port</source>
        <translation>Container-Port</translation>
    </message>
    <message>
        <source>The port the process listens on inside the pod (1-65535); other containers reach it on localhost</source>
        <translation>Der Port, auf dem der Prozess im Pod lauscht (1-65535); andere Container erreichen ihn über localhost</translation>
    </message>
    <message>
        <source>Host port</source>
        <translation>Host-Port</translation>
    </message>
    <message>
        <source>Also publish the port on the node&apos;s (with Podman: your machine&apos;s) address; empty means not published</source>
        <translation>Den Port auch auf der Adresse des Nodes (bei Podman: Ihres Rechners) veröffentlichen; leer bedeutet nicht veröffentlicht</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>TCP unless the service speaks UDP or SCTP</source>
        <translation>TCP, außer der Dienst spricht UDP oder SCTP</translation>
    </message>
    <message>
        <source>(default: TCP)</source>
        <translation>(Standard: TCP)</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Which of the pod&apos;s volumes to mount</source>
        <translation>Welches Volume des Pods eingebunden wird</translation>
    </message>
    <message>
        <source>Mount path</source>
        <translation>Mount-Pfad</translation>
    </message>
    <message>
        <source>Where the volume appears inside the container; an absolute path</source>
        <translation>Wo das Volume im Container erscheint; ein absoluter Pfad</translation>
    </message>
    <message>
        <source>Sub-path</source>
        <translation>Unterpfad</translation>
    </message>
    <message>
        <source>Mount only this path inside the volume instead of its root; optional</source>
        <translation>Nur diesen Pfad im Volume statt seiner Wurzel einbinden; optional</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Mount read-only: the container cannot change the volume</source>
        <translation>Schreibgeschützt einbinden: Der Container kann das Volume nicht ändern</translation>
    </message>
</context>
<context>
    <name>podwright::gui::CanvasController</name>
    <message>
        <source>Mount Volume</source>
        <translation>Volume einbinden</translation>
    </message>
    <message>
        <source>Where should %1 see volume %2? (an absolute path)</source>
        <translation>Wo soll %1 das Volume %2 sehen? (ein absoluter Pfad)</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <source>Podwright does not know what this is</source>
        <translation>Podwright weiß nicht, was das ist</translation>
    </message>
    <message>
        <source>Podwright does not know this part</source>
        <translation>Podwright kennt diesen Baustein nicht</translation>
    </message>
    <message>
        <source>Add a pod first: drag the Pod part onto the canvas</source>
        <translation>Legen Sie zuerst einen Pod an: Ziehen Sie den Baustein „Pod“ auf die Arbeitsfläche</translation>
    </message>
    <message>
        <source>Parts go inside a pod: drop it on a pod&apos;s frame</source>
        <translation>Bausteine gehören in einen Pod: Legen Sie ihn im Rahmen eines Pods ab</translation>
    </message>
    <message>
        <source>A port belongs on a container: drop it on a container card</source>
        <translation>Ein Port gehört zu einem Container: Legen Sie ihn auf einer Container-Karte ab</translation>
    </message>
    <message>
        <source>The dragged element no longer exists</source>
        <translation>Das gezogene Element gibt es nicht mehr</translation>
    </message>
    <message>
        <source>A volume can only be mounted by containers of its own pod</source>
        <translation>Ein Volume kann nur von Containern seines eigenen Pods eingebunden werden</translation>
    </message>
    <message>
        <source>A container moves between the lanes of its own pod</source>
        <translation>Ein Container wechselt nur zwischen den Bahnen seines eigenen Pods</translation>
    </message>
    <message>
        <source>Drop the card in a lane: init containers, sidecars or app containers</source>
        <translation>Legen Sie die Karte in einer Bahn ab: Init-Container, Sidecars oder Anwendungs-Container</translation>
    </message>
    <message>
        <source>Drop the volume on a container to mount it there</source>
        <translation>Legen Sie das Volume auf einem Container ab, um es dort einzubinden</translation>
    </message>
    <message>
        <source>Only container cards and volumes can be dragged</source>
        <translation>Nur Container-Karten und Volumes lassen sich ziehen</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Add Port</source>
        <translation>Port hinzufügen</translation>
    </message>
    <message>
        <source>Move Container</source>
        <translation>Container verschieben</translation>
    </message>
    <message>
        <source>Add Pod</source>
        <translation>Pod hinzufügen</translation>
    </message>
    <message>
        <source>Mount the volume in which container?</source>
        <translation>In welchen Container soll das Volume eingebunden werden?</translation>
    </message>
    <message>
        <source>Delete Pod</source>
        <translation>Pod löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Move Earlier</source>
        <translation>Früher starten</translation>
    </message>
    <message>
        <source>Move Later</source>
        <translation>Später starten</translation>
    </message>
    <message>
        <source>New &amp;Pod</source>
        <translation>Neuer &amp;Pod</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Add &amp;Container</source>
        <translation>&amp;Container hinzufügen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Add &amp;Init Container</source>
        <translation>&amp;Init-Container hinzufügen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Add &amp;Sidecar</source>
        <translation>&amp;Sidecar hinzufügen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Add &amp;Volume (emptyDir)</source>
        <translation>&amp;Volume hinzufügen (emptyDir)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Add P&amp;ort</source>
        <translation>P&amp;ort hinzufügen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Mount Volume in…</source>
        <translation>Volume ein&amp;binden in…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Move to Init Containers</source>
        <translation>Zu den Init-Containern verschieben</translation>
    </message>
    <message>
        <source>Ctrl+Alt+I</source>
        <translation>Ctrl+Alt+I</translation>
    </message>
    <message>
        <source>Move to Sidecars</source>
        <translation>Zu den Sidecars verschieben</translation>
    </message>
    <message>
        <source>Ctrl+Alt+S</source>
        <translation>Ctrl+Alt+S</translation>
    </message>
    <message>
        <source>Move to App Containers</source>
        <translation>Zu den Anwendungs-Containern verschieben</translation>
    </message>
    <message>
        <source>Ctrl+Alt+A</source>
        <translation>Ctrl+Alt+A</translation>
    </message>
    <message>
        <source>Move &amp;Earlier</source>
        <translation>&amp;Früher starten</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Left</source>
        <translation>Ctrl+Alt+Left</translation>
    </message>
    <message>
        <source>Move &amp;Later</source>
        <translation>Spä&amp;ter starten</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Right</source>
        <translation>Ctrl+Alt+Right</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Verschieben nach</translation>
    </message>
    <message>
        <source>Mount Volume in</source>
        <translation>Volume einbinden in</translation>
    </message>
</context>
<context>
    <name>podwright::gui::ContainerCard</name>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>terminated (%1)</source>
        <translation>beendet (%1)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>no image</source>
        <translation>kein Image</translation>
    </message>
</context>
<context>
    <name>podwright::gui::ContainerForm</name>
    <message>
        <source>Keep running beside the app containers</source>
        <translation>Neben den Anwendungs-Containern weiterlaufen</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>One word of the command per row</source>
        <translation>Ein Wort des Befehls pro Zeile</translation>
    </message>
    <message>
        <source>Argument</source>
        <translation>Argument</translation>
    </message>
    <message>
        <source>One argument per row</source>
        <translation>Ein Argument pro Zeile</translation>
    </message>
    <message>
        <source>e.g. web</source>
        <translation>z. B. web</translation>
    </message>
    <message>
        <source>e.g. docker.io/library/nginx:1.25</source>
        <translation>z. B. docker.io/library/nginx:1.25</translation>
    </message>
    <message>
        <source>(the image&apos;s)</source>
        <translation>(die des Images)</translation>
    </message>
    <message>
        <source>IfNotPresent; Always for :latest</source>
        <translation>IfNotPresent; Always bei :latest</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Unique among all containers of the pod: lowercase letters, digits and &apos;-&apos;. kubectl logs -c and Podman&apos;s container names use it.</source>
        <translation>Eindeutig unter allen Containern des Pods: Kleinbuchstaben, Ziffern und &apos;-&apos;. kubectl logs -c und die Container-Namen von Podman verwenden ihn.</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>&amp;Image:</translation>
    </message>
    <message>
        <source>The container image to run: registry/repository:tag. Pin a tag (or a digest) so every start runs the same software.</source>
        <translation>Das auszuführende Container-Image: Registry/Repository:Tag. Legen Sie einen Tag (oder Digest) fest, damit jeder Start dieselbe Software ausführt.</translation>
    </message>
    <message>
        <source>&amp;Pull policy:</source>
        <translation>&amp;Pull-Richtlinie:</translation>
    </message>
    <message>
        <source>When to download the image: Always before each start, IfNotPresent only when missing, Never (it must already be there).</source>
        <translation>Wann das Image heruntergeladen wird: Always vor jedem Start, IfNotPresent nur wenn es fehlt, Never (es muss bereits vorhanden sein).</translation>
    </message>
    <message>
        <source>Run as s&amp;idecar:</source>
        <translation>Als S&amp;idecar ausführen:</translation>
    </message>
    <message>
        <source>restartPolicy: Always on an init container makes it a native sidecar: it starts before the app containers and keeps running beside them (Kubernetes 1.29+).</source>
        <translation>restartPolicy: Always macht einen Init-Container zum nativen Sidecar: Er startet vor den Anwendungs-Containern und läuft neben ihnen weiter (Kubernetes 1.29+).</translation>
    </message>
    <message>
        <source>&amp;Working dir:</source>
        <translation>&amp;Arbeitsverzeichnis:</translation>
    </message>
    <message>
        <source>The directory the command starts in; empty uses the image&apos;s.</source>
        <translation>Das Verzeichnis, in dem der Befehl startet; leer bedeutet das des Images.</translation>
    </message>
    <message>
        <source>Te&amp;rmination message:</source>
        <translation>Be&amp;endigungsmeldung:</translation>
    </message>
    <message>
        <source>Where Kubernetes reads why the container ended: the file only, or the end of its log when the file is empty (FallbackToLogsOnError).</source>
        <translation>Woher Kubernetes liest, warum der Container endete: nur aus der Datei, oder aus dem Ende seines Logs, wenn die Datei leer ist (FallbackToLogsOnError).</translation>
    </message>
    <message>
        <source>Rename container</source>
        <translation>Container umbenennen</translation>
    </message>
    <message>
        <source>Change image</source>
        <translation>Image ändern</translation>
    </message>
    <message>
        <source>Set working directory</source>
        <translation>Arbeitsverzeichnis festlegen</translation>
    </message>
    <message>
        <source>Set pull policy</source>
        <translation>Pull-Richtlinie festlegen</translation>
    </message>
    <message>
        <source>Set termination message policy</source>
        <translation>Richtlinie für die Beendigungsmeldung festlegen</translation>
    </message>
    <message>
        <source>Make sidecar</source>
        <translation>Zum Sidecar machen</translation>
    </message>
    <message>
        <source>Make plain init container</source>
        <translation>Zum einfachen Init-Container machen</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>Be&amp;fehl:</translation>
    </message>
    <message>
        <source>Replaces the image&apos;s ENTRYPOINT; empty keeps it. Not run through a shell: add sh, -c to use one.</source>
        <translation>Ersetzt den ENTRYPOINT des Images; leer behält ihn bei. Läuft nicht über eine Shell: Fügen Sie sh, -c hinzu, um eine zu verwenden.</translation>
    </message>
    <message>
        <source>Ar&amp;guments:</source>
        <translation>Ar&amp;gumente:</translation>
    </message>
    <message>
        <source>Replaces the image&apos;s CMD; $(VAR) expands an environment variable.</source>
        <translation>Ersetzt das CMD des Images; $(VAR) setzt eine Umgebungsvariable ein.</translation>
    </message>
    <message>
        <source>command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>Ports, environment and mounts</source>
        <translation>Ports, Umgebung und Mounts</translation>
    </message>
    <message>
        <source>&amp;Add port</source>
        <translation>Port &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a port (Insert)</source>
        <translation>Einen Port hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>Add &amp;mount</source>
        <translation>Moun&amp;t hinzufügen</translation>
    </message>
    <message>
        <source>Mount one of the pod&apos;s volumes (Insert)</source>
        <translation>Eines der Volumes des Pods einbinden (Einfg)</translation>
    </message>
    <message>
        <source>P&amp;orts:</source>
        <translation>P&amp;orts:</translation>
    </message>
    <message>
        <source>Ports the container listens on. Informational inside the pod (every container shares localhost) but used to publish host ports and by Services.</source>
        <translation>Ports, auf denen der Container lauscht. Innerhalb des Pods nur zur Information (alle Container teilen sich localhost), aber zum Veröffentlichen von Host-Ports und von Services verwendet.</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>Environment variables of the process: literal values or values Kubernetes fills in from the pod, the container&apos;s resources, ConfigMaps or Secrets.</source>
        <translation>Umgebungsvariablen des Prozesses: feste Werte oder Werte, die Kubernetes aus dem Pod, den Ressourcen des Containers, ConfigMaps oder Secrets einsetzt.</translation>
    </message>
    <message>
        <source>&amp;Volume mounts:</source>
        <translation>&amp;Volume-Mounts:</translation>
    </message>
    <message>
        <source>Where the pod&apos;s volumes appear in this container. Two containers mounting the same volume share its files.</source>
        <translation>Wo die Volumes des Pods in diesem Container erscheinen. Zwei Container, die dasselbe Volume einbinden, teilen sich seine Dateien.</translation>
    </message>
    <message>
        <source>Edit port</source>
        <translation>Port bearbeiten</translation>
    </message>
    <message>
        <source>Add port</source>
        <translation>Port hinzufügen</translation>
    </message>
    <message>
        <source>Remove port</source>
        <translation>Port entfernen</translation>
    </message>
    <message>
        <source>Edit environment variable</source>
        <translation>Umgebungsvariable bearbeiten</translation>
    </message>
    <message>
        <source>Add environment variable</source>
        <translation>Umgebungsvariable hinzufügen</translation>
    </message>
    <message>
        <source>Remove environment variable</source>
        <translation>Umgebungsvariable entfernen</translation>
    </message>
    <message>
        <source>Edit volume mount</source>
        <translation>Volume-Mount bearbeiten</translation>
    </message>
    <message>
        <source>Add volume mount</source>
        <translation>Volume-Mount hinzufügen</translation>
    </message>
    <message>
        <source>Remove volume mount</source>
        <translation>Volume-Mount entfernen</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>&amp;CPU request:</source>
        <translation>&amp;CPU-Request:</translation>
    </message>
    <message>
        <source>CPU the scheduler reserves for the container: 1 is one core, 500m half a core.</source>
        <translation>CPU, die der Scheduler für den Container reserviert: 1 ist ein Kern, 500m ein halber Kern.</translation>
    </message>
    <message>
        <source>Memor&amp;y request:</source>
        <translation>&amp;Speicher-Request:</translation>
    </message>
    <message>
        <source>Memory reserved for the container, in bytes with a suffix: 128Mi, 1Gi.</source>
        <translation>Für den Container reservierter Arbeitsspeicher, in Bytes mit Suffix: 128Mi, 1Gi.</translation>
    </message>
    <message>
        <source>CP&amp;U limit:</source>
        <translation>CPU-&amp;Limit:</translation>
    </message>
    <message>
        <source>The most CPU the container may use; above it, it is throttled.</source>
        <translation>Die höchste CPU-Nutzung, die dem Container erlaubt ist; darüber wird er gedrosselt.</translation>
    </message>
    <message>
        <source>Memory &amp;limit:</source>
        <translation>Speicher-Li&amp;mit:</translation>
    </message>
    <message>
        <source>The most memory the container may use; above it, it is killed (OOMKilled).</source>
        <translation>Der meiste Arbeitsspeicher, den der Container nutzen darf; darüber wird er beendet (OOMKilled).</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>%1 festlegen</translation>
    </message>
    <message>
        <source>Liveness probe</source>
        <translation>Liveness-Probe</translation>
    </message>
    <message>
        <source>Readiness probe</source>
        <translation>Readiness-Probe</translation>
    </message>
    <message>
        <source>Startup probe</source>
        <translation>Startup-Probe</translation>
    </message>
    <message>
        <source>Restarts the container when the check keeps failing: for a process that hangs without exiting.</source>
        <translation>Startet den Container neu, wenn die Prüfung wiederholt fehlschlägt: für einen Prozess, der hängt, ohne sich zu beenden.</translation>
    </message>
    <message>
        <source>Takes the pod out of Service endpoints while the check fails: for a server that is busy or still warming up.</source>
        <translation>Nimmt den Pod aus den Endpunkten der Services, solange die Prüfung fehlschlägt: für einen Server, der ausgelastet ist oder noch hochfährt.</translation>
    </message>
    <message>
        <source>Holds back the other probes until the check first succeeds: for slow starters.</source>
        <translation>Hält die anderen Probes zurück, bis die Prüfung zum ersten Mal gelingt: für langsam startende Container.</translation>
    </message>
    <message>
        <source>other fields</source>
        <translation>weitere Felder</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Container %1</source>
        <translation>Container %1</translation>
    </message>
    <message>
        <source>Sidecar %1</source>
        <translation>Sidecar %1</translation>
    </message>
    <message>
        <source>Init container %1 (step %2)</source>
        <translation>Init-Container %1 (Schritt %2)</translation>
    </message>
</context>
<context>
    <name>podwright::gui::ContainerLogView</name>
    <message>
        <source>Follow</source>
        <translation>Mitverfolgen</translation>
    </message>
    <message>
        <source>Timestamps</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Container output</source>
        <translation>Ausgabe des Containers</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the selection, or all the output when nothing is selected</source>
        <translation>Die Auswahl kopieren, oder die gesamte Ausgabe, wenn nichts ausgewählt ist</translation>
    </message>
    <message>
        <source>End of output.</source>
        <translation>Ende der Ausgabe.</translation>
    </message>
    <message>
        <source>Logs of %1 in pod %2</source>
        <translation>Logs von %1 im Pod %2</translation>
    </message>
    <message>
        <source>Following…</source>
        <translation>Wird mitverfolgt…</translation>
    </message>
</context>
<context>
    <name>podwright::gui::DocumentController</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Cannot Open File</source>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Podwright could not open “%1”.</source>
        <translation>Podwright konnte „%1“ nicht öffnen.</translation>
    </message>
    <message>
        <source>%1

The document you were working on is unchanged.</source>
        <translation>%1

Das Dokument, an dem Sie gearbeitet haben, ist unverändert.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Die Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Cannot Save File</source>
        <translation>Datei kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Podwright could not write “%1”: %2

The file on disk is unchanged.</source>
        <translation>Podwright konnte „%1“ nicht schreiben: %2

Die Datei auf dem Datenträger ist unverändert.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Save Pod As</source>
        <translation>Pod speichern unter</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml)</source>
        <translation>YAML-Dateien (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Open Manifest</source>
        <translation>Manifest öffnen</translation>
    </message>
    <message>
        <source>Kubernetes manifests (*.yaml *.yml *.json);;All files (*)</source>
        <translation>Kubernetes-Manifeste (*.yaml *.yml *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export With Errors?</source>
        <translation>Mit Fehlern exportieren?</translation>
    </message>
    <message numerus="yes">
        <source>The API server would reject this manifest: it has %n error(s).</source>
        <translation>
            <numerusform>Der API-Server würde dieses Manifest ablehnen: Es hat %n Fehler.</numerusform>
            <numerusform>Der API-Server würde dieses Manifest ablehnen: Es hat %n Fehler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Anyway</source>
        <translation>Trotzdem exportieren</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Export for a Cluster</source>
        <translation>Für einen Cluster exportieren</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Recovered unsaved changes</source>
        <translation>Ungespeicherte Änderungen wiederhergestellt</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Do you want to save the changes to “%1”?</source>
        <translation>Möchten Sie die Änderungen an „%1“ speichern?</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Ihre Änderungen gehen verloren, wenn Sie sie nicht speichern.</translation>
    </message>
    <message>
        <source>Nothing to Export</source>
        <translation>Nichts zu exportieren</translation>
    </message>
    <message>
        <source>The document has no Kubernetes objects yet: add a pod first.</source>
        <translation>Das Dokument enthält noch keine Kubernetes-Objekte: Fügen Sie zuerst einen Pod hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: its %n comment(s) will not be kept when it is saved</source>
        <translation>
            <numerusform>%1 geöffnet: Sein Kommentar bleibt beim Speichern nicht erhalten</numerusform>
            <numerusform>%1 geöffnet: Seine %n Kommentare bleiben beim Speichern nicht erhalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Without Comments?</source>
        <translation>Ohne Kommentare speichern?</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n comment(s) that Podwright does not keep.</source>
        <translation>
            <numerusform>„%1“ enthält einen Kommentar, den Podwright nicht beibehält.</numerusform>
            <numerusform>„%1“ enthält %n Kommentare, die Podwright nicht beibehält.</numerusform>
        </translation>
    </message>
    <message>
        <source>Podwright writes the manifest in canonical form, without comments. Save As writes it to another file and leaves this one as it is.</source>
        <translation>Podwright schreibt das Manifest in kanonischer Form, ohne Kommentare. „Speichern unter“ schreibt es in eine andere Datei und lässt diese unverändert.</translation>
    </message>
    <message>
        <source>Save Without Comments</source>
        <translation>Ohne Kommentare speichern</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter…</translation>
    </message>
</context>
<context>
    <name>podwright::gui::EnvTableEditor</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The variable&apos;s name, as the process sees it</source>
        <translation>Der Name der Variable, wie der Prozess ihn sieht</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>A literal value, or a value Kubernetes fills in: a field of the pod (fieldRef), a resource of the container (resourceFieldRef), a key of a ConfigMap or of a Secret</source>
        <translation>Ein fester Wert oder ein Wert, den Kubernetes einsetzt: ein Feld des Pods (fieldRef), eine Ressource des Containers (resourceFieldRef), ein Schlüssel einer ConfigMap oder eines Secrets</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Pod field</source>
        <translation>Pod-Feld</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>ConfigMap key</source>
        <translation>ConfigMap-Schlüssel</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Secret-Schlüssel</translation>
    </message>
    <message>
        <source>Value / reference</source>
        <translation>Wert / Verweis</translation>
    </message>
    <message>
        <source>The value; for a pod field its path (metadata.name, status.podIP...); for a resource limits.cpu, requests.memory...; for a ConfigMap or Secret its name</source>
        <translation>Der Wert; bei einem Pod-Feld sein Pfad (metadata.name, status.podIP...); bei einer Ressource limits.cpu, requests.memory...; bei einer ConfigMap oder einem Secret dessen Name</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>The key within the ConfigMap or Secret</source>
        <translation>Der Schlüssel in der ConfigMap oder im Secret</translation>
    </message>
    <message>
        <source>&amp;Add variable</source>
        <translation>Variable &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add an environment variable (Insert)</source>
        <translation>Eine Umgebungsvariable hinzufügen (Einfg)</translation>
    </message>
</context>
<context>
    <name>podwright::gui::FieldMessage</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>podwright::gui::FindingsModel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Line:Col</source>
        <translation>Zeile:Spalte</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
</context>
<context>
    <name>podwright::gui::Inspector</name>
    <message>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <source>(default: %1)</source>
        <translation>(Standard: %1)</translation>
    </message>
</context>
<context>
    <name>podwright::gui::InspectorForm</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>Aus %1 entfernen</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n other(s)</source>
        <translation>
            <numerusform>, %n weiterer</numerusform>
            <numerusform>, %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) or hint(s)</source>
        <translation>
            <numerusform>%n Warnung oder Hinweis</numerusform>
            <numerusform>%n Warnungen oder Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit in YAML: %1 (shown in bold when set) are kept as written and edited in the YAML pane.</source>
        <translation>In YAML bearbeiten: %1 (fett, wenn gesetzt) bleiben so erhalten, wie sie geschrieben wurden, und werden im YAML-Bereich bearbeitet.</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Row %1 (%2)</source>
        <translation>Zeile %1 (%2)</translation>
    </message>
</context>
<context>
    <name>podwright::gui::InspectorWidget</name>
    <message>
        <source>Select a pod, a container, a volume, a port or a mount on the canvas to edit it here.

Every change is one step in Edit &gt; Undo, and the YAML follows as you type.</source>
        <translation>Wählen Sie einen Pod, einen Container, ein Volume, einen Port oder einen Mount auf der Arbeitsfläche aus, um ihn hier zu bearbeiten.

Jede Änderung ist ein Schritt in Bearbeiten &gt; Rückgängig, und das YAML folgt bei jeder Eingabe.</translation>
    </message>
</context>
<context>
    <name>podwright::gui::KeyValueTableEditor</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>podwright::gui::MainWindow</name>
    <message>
        <source>Parts</source>
        <translation>Bausteine</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Errors: %1 · Warnings: %2 · Hints: %3</source>
        <translation>Fehler: %1 · Warnungen: %2 · Hinweise: %3</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <source>Ln %1, Col %2</source>
        <translation>Z. %1, Sp. %2</translation>
    </message>
    <message>
        <source>%1[*] — Podwright</source>
        <translation>%1[*] — Podwright</translation>
    </message>
    <message>
        <source>Pods: %1</source>
        <translation>Pods: %1</translation>
    </message>
    <message>
        <source>Add pod</source>
        <translation>Pod hinzufügen</translation>
    </message>
    <message>
        <source>Remove pod</source>
        <translation>Pod entfernen</translation>
    </message>
    <message>
        <source>About Podwright</source>
        <translation>Über Podwright</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Podwright %1&lt;/h3&gt;&lt;p&gt;Design Kubernetes pods visually, run them on Podman and watch them live.&lt;/p&gt;&lt;p&gt;Drag parts onto the canvas or type YAML: both are the same pod, validated as the Kubernetes API server would.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Podwright %1&lt;/h3&gt;&lt;p&gt;Kubernetes-Pods visuell entwerfen, mit Podman ausführen und live beobachten.&lt;/p&gt;&lt;p&gt;Ziehen Sie Bausteine auf die Arbeitsfläche oder schreiben Sie YAML: Beides ist derselbe Pod, geprüft wie vom Kubernetes-API-Server.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>an untitled document</source>
        <translation>ein unbenanntes Dokument</translation>
    </message>
    <message>
        <source>Recover Unsaved Work?</source>
        <translation>Ungespeicherte Arbeit wiederherstellen?</translation>
    </message>
    <message>
        <source>Podwright did not close properly last time. Unsaved changes to %1 from %2 were kept.</source>
        <translation>Podwright wurde beim letzten Mal nicht richtig beendet. Ungespeicherte Änderungen an %1 vom %2 wurden aufbewahrt.</translation>
    </message>
    <message>
        <source>Recover them now? Discarding deletes them for good.</source>
        <translation>Jetzt wiederherstellen? Verwerfen löscht sie endgültig.</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>podwright::gui::MainWindowActions</name>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation>Neu aus &amp;Vorlage…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Export for a Cluster…</source>
        <translation>Für einen Cluster &amp;exportieren…</translation>
    </message>
    <message>
        <source>Write the manifest as kubectl apply expects it</source>
        <translation>Das Manifest so schreiben, wie kubectl apply es erwartet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Format YAML</source>
        <translation>YAML for&amp;matieren</translation>
    </message>
    <message>
        <source>Rewrite the YAML in its canonical, exported form</source>
        <translation>Das YAML in seine einheitliche, exportierte Form bringen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Pod</source>
        <translation>&amp;Pod</translation>
    </message>
    <message>
        <source>&amp;Add Pod</source>
        <translation>Pod &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Selected Pod</source>
        <translation>Ausgewählten Pod &amp;entfernen</translation>
    </message>
    <message>
        <source>Show &amp;Problems</source>
        <translation>&amp;Probleme anzeigen</translation>
    </message>
    <message>
        <source>Edit &amp;YAML</source>
        <translation>&amp;YAML bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>A&amp;usführen</translation>
    </message>
    <message>
        <source>&amp;Run Pod</source>
        <translation>Pod &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Stop Pod</source>
        <translation>Pod s&amp;toppen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Podwright</source>
        <translation>Ü&amp;ber Podwright</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>Benutzer&amp;handbuch</translation>
    </message>
</context>
<context>
    <name>podwright::gui::MountForm</name>
    <message>
        <source>The container cannot change the files</source>
        <translation>Der Container kann die Dateien nicht ändern</translation>
    </message>
    <message>
        <source>e.g. /usr/share/nginx/html</source>
        <translation>z. B. /usr/share/nginx/html</translation>
    </message>
    <message>
        <source>(the volume&apos;s root)</source>
        <translation>(die Wurzel des Volumes)</translation>
    </message>
    <message>
        <source>Volume mount</source>
        <translation>Volume-Mount</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>&amp;Volume:</translation>
    </message>
    <message>
        <source>Which of the pod&apos;s volumes to mount. Mounting one volume in two containers is how they share files.</source>
        <translation>Welches Volume des Pods eingebunden wird. Binden zwei Container dasselbe Volume ein, teilen sie sich so Dateien.</translation>
    </message>
    <message>
        <source>&amp;Mount path:</source>
        <translation>&amp;Mount-Pfad:</translation>
    </message>
    <message>
        <source>The absolute path inside the container where the volume appears; it hides what the image had there.</source>
        <translation>Der absolute Pfad im Container, unter dem das Volume erscheint; er verdeckt, was das Image dort hatte.</translation>
    </message>
    <message>
        <source>&amp;Sub-path:</source>
        <translation>&amp;Unterpfad:</translation>
    </message>
    <message>
        <source>Mount only this directory or file of the volume instead of its root.</source>
        <translation>Nur dieses Verzeichnis oder diese Datei des Volumes statt seiner Wurzel einbinden.</translation>
    </message>
    <message>
        <source>&amp;Read-only:</source>
        <translation>&amp;Schreibgeschützt:</translation>
    </message>
    <message>
        <source>Mount read-only: a good default for configuration and secrets.</source>
        <translation>Schreibgeschützt einbinden: eine gute Vorgabe für Konfiguration und Secrets.</translation>
    </message>
    <message>
        <source>&amp;Propagation:</source>
        <translation>&amp;Propagation:</translation>
    </message>
    <message>
        <source>Whether mounts made later on the host or in the container show through; almost always left at None.</source>
        <translation>Ob später auf dem Host oder im Container eingebundene Mounts durchscheinen; fast immer bleibt das bei None.</translation>
    </message>
    <message>
        <source>Change mounted volume</source>
        <translation>Eingebundenes Volume ändern</translation>
    </message>
    <message>
        <source>Set mount path</source>
        <translation>Mount-Pfad festlegen</translation>
    </message>
    <message>
        <source>Set sub-path</source>
        <translation>Unterpfad festlegen</translation>
    </message>
    <message>
        <source>Set read-only</source>
        <translation>Schreibschutz festlegen</translation>
    </message>
    <message>
        <source>Set mount propagation</source>
        <translation>Mount-Propagation festlegen</translation>
    </message>
    <message>
        <source>Mount of %1 in %2</source>
        <translation>Mount von %1 in %2</translation>
    </message>
</context>
<context>
    <name>podwright::gui::OptionalIntEdit</name>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
</context>
<context>
    <name>podwright::gui::PaletteWidget</name>
    <message>
        <source>Parts</source>
        <translation>Bausteine</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
</context>
<context>
    <name>podwright::gui::PodChartView</name>
    <message>
        <source>Could not write the picture to %1.</source>
        <translation>Das Bild konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>There is no data to export yet.</source>
        <translation>Es gibt noch keine Daten zum Exportieren.</translation>
    </message>
</context>
<context>
    <name>podwright::gui::PodForm</name>
    <message>
        <source>A label key: an optional DNS prefix and &apos;/&apos;, then up to 63 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation>Ein Label-Schlüssel: ein optionales DNS-Präfix und &apos;/&apos;, dann bis zu 63 Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; oder &apos;.&apos;</translation>
    </message>
    <message>
        <source>A label value: up to 63 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, or empty</source>
        <translation>Ein Label-Wert: bis zu 63 Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; oder &apos;.&apos;, oder leer</translation>
    </message>
    <message>
        <source>An annotation key, like a label key</source>
        <translation>Ein Annotation-Schlüssel, wie ein Label-Schlüssel</translation>
    </message>
    <message>
        <source>Any text; tools read annotations, Kubernetes does not select by them</source>
        <translation>Beliebiger Text; Werkzeuge lesen Annotations, Kubernetes wählt nicht nach ihnen aus</translation>
    </message>
    <message>
        <source>Use the host&apos;s network</source>
        <translation>Das Netzwerk des Hosts verwenden</translation>
    </message>
    <message>
        <source>A node label key</source>
        <translation>Ein Label-Schlüssel des Nodes</translation>
    </message>
    <message>
        <source>The value the node&apos;s label must have</source>
        <translation>Der Wert, den das Label des Nodes haben muss</translation>
    </message>
    <message>
        <source>e.g. web</source>
        <translation>z. B. web</translation>
    </message>
    <message>
        <source>(default namespace)</source>
        <translation>(Standard-Namespace)</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>The pod&apos;s name: lowercase letters, digits and &apos;-&apos;, unique in its namespace. Podman names the pod after it.</source>
        <translation>Der Name des Pods: Kleinbuchstaben, Ziffern und &apos;-&apos;, eindeutig in seinem Namespace. Podman benennt den Pod danach.</translation>
    </message>
    <message>
        <source>Names&amp;pace:</source>
        <translation>Names&amp;pace:</translation>
    </message>
    <message>
        <source>The namespace the pod is created in; empty means the current one. Podman ignores it.</source>
        <translation>Der Namespace, in dem der Pod angelegt wird; leer bedeutet der aktuelle. Podman ignoriert ihn.</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>&amp;Labels:</translation>
    </message>
    <message>
        <source>Key/value pairs that Services, Deployments and kubectl -l select pods by.</source>
        <translation>Schlüssel-Wert-Paare, nach denen Services, Deployments und kubectl -l Pods auswählen.</translation>
    </message>
    <message>
        <source>Anno&amp;tations:</source>
        <translation>Anno&amp;tations:</translation>
    </message>
    <message>
        <source>Key/value notes for tools and people; never used to select pods.</source>
        <translation>Schlüssel-Wert-Notizen für Werkzeuge und Menschen; nie zur Auswahl von Pods verwendet.</translation>
    </message>
    <message>
        <source>Pod spec</source>
        <translation>Pod-Spezifikation</translation>
    </message>
    <message>
        <source>&amp;Restart policy:</source>
        <translation>&amp;Neustart-Richtlinie:</translation>
    </message>
    <message>
        <source>What happens when a container exits: Always restarts it, OnFailure only after a non-zero exit, Never leaves it stopped.</source>
        <translation>Was passiert, wenn sich ein Container beendet: Always startet ihn neu, OnFailure nur nach einem Exit-Code ungleich null, Never lässt ihn gestoppt.</translation>
    </message>
    <message>
        <source>&amp;Grace period (s):</source>
        <translation>&amp;Schonfrist (s):</translation>
    </message>
    <message>
        <source>Seconds between SIGTERM and SIGKILL when the pod is stopped; empty means the default of 30.</source>
        <translation>Sekunden zwischen SIGTERM und SIGKILL, wenn der Pod gestoppt wird; leer bedeutet den Standardwert 30.</translation>
    </message>
    <message>
        <source>Active &amp;deadline (s):</source>
        <translation>Maximale &amp;Laufzeit (s):</translation>
    </message>
    <message>
        <source>Seconds the pod may run before Kubernetes marks it failed and stops it; empty means no limit.</source>
        <translation>Sekunden, die der Pod laufen darf, bevor Kubernetes ihn als fehlgeschlagen markiert und stoppt; leer bedeutet unbegrenzt.</translation>
    </message>
    <message>
        <source>&amp;Service account:</source>
        <translation>Service-&amp;Account:</translation>
    </message>
    <message>
        <source>The identity the pod&apos;s processes use to call the Kubernetes API.</source>
        <translation>Die Identität, mit der die Prozesse des Pods die Kubernetes-API aufrufen.</translation>
    </message>
    <message>
        <source>&amp;Host network:</source>
        <translation>&amp;Host-Netzwerk:</translation>
    </message>
    <message>
        <source>Share the node&apos;s network namespace: ports open directly on the host and &apos;localhost&apos; is the host&apos;s.</source>
        <translation>Den Netzwerk-Namespace des Nodes teilen: Ports öffnen sich direkt auf dem Host, und &apos;localhost&apos; ist der des Hosts.</translation>
    </message>
    <message>
        <source>D&amp;NS policy:</source>
        <translation>D&amp;NS-Richtlinie:</translation>
    </message>
    <message>
        <source>How the pod&apos;s /etc/resolv.conf is set up; ClusterFirst resolves Service names first.</source>
        <translation>Wie die /etc/resolv.conf des Pods eingerichtet wird; ClusterFirst löst zuerst Service-Namen auf.</translation>
    </message>
    <message>
        <source>N&amp;ode selector:</source>
        <translation>N&amp;ode-Selektor:</translation>
    </message>
    <message>
        <source>Node labels the pod requires: it is scheduled only on nodes that have them all.</source>
        <translation>Node-Labels, die der Pod voraussetzt: Er wird nur auf Nodes eingeplant, die alle davon haben.</translation>
    </message>
    <message>
        <source>Rename pod</source>
        <translation>Pod umbenennen</translation>
    </message>
    <message>
        <source>Set namespace</source>
        <translation>Namespace festlegen</translation>
    </message>
    <message>
        <source>Set service account</source>
        <translation>Service-Account festlegen</translation>
    </message>
    <message>
        <source>Set grace period</source>
        <translation>Schonfrist festlegen</translation>
    </message>
    <message>
        <source>Set active deadline</source>
        <translation>Maximale Laufzeit festlegen</translation>
    </message>
    <message>
        <source>Set restart policy</source>
        <translation>Neustart-Richtlinie festlegen</translation>
    </message>
    <message>
        <source>Set DNS policy</source>
        <translation>DNS-Richtlinie festlegen</translation>
    </message>
    <message>
        <source>Set host network</source>
        <translation>Host-Netzwerk festlegen</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>node selector</source>
        <translation>Node-Selektor</translation>
    </message>
    <message>
        <source>other spec fields</source>
        <translation>weitere Spec-Felder</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Pod template of %1</source>
        <translation>Pod-Vorlage von %1</translation>
    </message>
    <message>
        <source>Pod %1</source>
        <translation>Pod %1</translation>
    </message>
</context>
<context>
    <name>podwright::gui::PodFrame</name>
    <message>
        <source>no labels</source>
        <translation>keine Labels</translation>
    </message>
</context>
<context>
    <name>podwright::gui::PodView</name>
    <message>
        <source>Pod canvas</source>
        <translation>Pod-Arbeitsfläche</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>An Fenster &amp;anpassen</translation>
    </message>
    <message>
        <source>Ctrl+9</source>
        <translation>Ctrl+9</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Drag a Container here, or press Ctrl+Shift+N for a new pod</source>
        <translation>Ziehen Sie einen Container hierher, oder drücken Sie Strg+Umschalt+N für einen neuen Pod</translation>
    </message>
</context>
<context>
    <name>podwright::gui::PodsPanel</name>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Terminated: %1 (exit %2)</source>
        <translation>Beendet: %1 (Exit-Code %2)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>Wartet: %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Pod / container</source>
        <translation>Pod / Container</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>Neustarts</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>Pods</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop the pod: SIGTERM, then SIGKILL after its grace period</source>
        <translation>Den Pod stoppen: SIGTERM, dann SIGKILL nach seiner Schonfrist</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the pod and its containers</source>
        <translation>Den Pod und seine Container entfernen</translation>
    </message>
    <message>
        <source>Re-run</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Replace the pod with the current design</source>
        <translation>Den Pod durch den aktuellen Entwurf ersetzen</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>Show the selected container&apos;s output</source>
        <translation>Die Ausgabe des ausgewählten Containers anzeigen</translation>
    </message>
    <message>
        <source>Send Request</source>
        <translation>Anfrage senden</translation>
    </message>
    <message>
        <source>HTTP GET to the pod&apos;s published port</source>
        <translation>HTTP GET an den veröffentlichten Port des Pods</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>Open the pod&apos;s published port in the web browser</source>
        <translation>Den veröffentlichten Port des Pods im Webbrowser öffnen</translation>
    </message>
    <message>
        <source>%1 (sidecar)</source>
        <translation>%1 (Sidecar)</translation>
    </message>
    <message>
        <source>%1 (init)</source>
        <translation>%1 (Init)</translation>
    </message>
    <message>
        <source>Pod %1, container %2: </source>
        <translation>Pod %1, Container %2: </translation>
    </message>
    <message>
        <source>Pod %1: </source>
        <translation>Pod %1: </translation>
    </message>
    <message>
        <source>Podman said: %1</source>
        <translation>Podman meldet: %1</translation>
    </message>
</context>
<context>
    <name>podwright::gui::PortForm</name>
    <message>
        <source>(not published)</source>
        <translation>(nicht veröffentlicht)</translation>
    </message>
    <message>
        <source>e.g. http</source>
        <translation>z. B. http</translation>
    </message>
    <message>
        <source>(all addresses)</source>
        <translation>(alle Adressen)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Optional; up to 15 lowercase letters, digits and &apos;-&apos;, unique in the container. Probes and Services can refer to the port by name.</source>
        <translation>Optional; bis zu 15 Kleinbuchstaben, Ziffern und &apos;-&apos;, eindeutig im Container. Probes und Services können den Port über seinen Namen ansprechen.</translation>
    </message>
    <message>
        <source>&amp;Container port:</source>
        <translation>&amp;Container-Port:</translation>
    </message>
    <message>
        <source>The port the process listens on (1-65535). Every container of the pod shares one network: others reach it at localhost:&lt;port&gt;.</source>
        <translation>Der Port, auf dem der Prozess lauscht (1-65535). Alle Container des Pods teilen sich ein Netzwerk: Die anderen erreichen ihn unter localhost:&lt;Port&gt;.</translation>
    </message>
    <message>
        <source>&amp;Host port:</source>
        <translation>&amp;Host-Port:</translation>
    </message>
    <message>
        <source>Also publish the port on the node (with Podman: your machine), like podman run -p; empty means not published.</source>
        <translation>Den Port auch auf dem Node (bei Podman: Ihrem Rechner) veröffentlichen, wie podman run -p; leer bedeutet nicht veröffentlicht.</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>&amp;Protokoll:</translation>
    </message>
    <message>
        <source>TCP unless the service speaks UDP or SCTP.</source>
        <translation>TCP, außer der Dienst spricht UDP oder SCTP.</translation>
    </message>
    <message>
        <source>Host &amp;IP:</source>
        <translation>Host-&amp;IP:</translation>
    </message>
    <message>
        <source>The host address to publish on, e.g. 127.0.0.1 to keep it local; needs a host port.</source>
        <translation>Die Host-Adresse, auf der veröffentlicht wird, z. B. 127.0.0.1, damit er lokal bleibt; erfordert einen Host-Port.</translation>
    </message>
    <message>
        <source>Edit port</source>
        <translation>Port bearbeiten</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Port %1 of %2</source>
        <translation>Port %1 von %2</translation>
    </message>
</context>
<context>
    <name>podwright::gui::PreferencesDialog</name>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
</context>
<context>
    <name>podwright::gui::ProbeEditor</name>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Run in the container; exit status 0 is healthy</source>
        <translation>Wird im Container ausgeführt; Exit-Status 0 bedeutet gesund</translation>
    </message>
    <message>
        <source>Run a command (exec)</source>
        <translation>Einen Befehl ausführen (exec)</translation>
    </message>
    <message>
        <source>HTTP GET request (httpGet)</source>
        <translation>HTTP-GET-Anfrage (httpGet)</translation>
    </message>
    <message>
        <source>TCP connection (tcpSocket)</source>
        <translation>TCP-Verbindung (tcpSocket)</translation>
    </message>
    <message>
        <source>gRPC health check (grpc)</source>
        <translation>gRPC-Health-Check (grpc)</translation>
    </message>
    <message>
        <source>8080 or a port name</source>
        <translation>8080 oder ein Port-Name</translation>
    </message>
    <message>
        <source>(the pod&apos;s IP)</source>
        <translation>(die IP des Pods)</translation>
    </message>
    <message>
        <source>C&amp;heck:</source>
        <translation>Pr&amp;üfung:</translation>
    </message>
    <message>
        <source>How the kubelet checks the container.</source>
        <translation>Wie das Kubelet den Container prüft.</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>Be&amp;fehl:</translation>
    </message>
    <message>
        <source>Run inside the container (no shell unless you call one); exit status 0 means healthy.</source>
        <translation>Wird im Container ausgeführt (ohne Shell, außer Sie rufen eine auf); Exit-Status 0 bedeutet gesund.</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Pfad:</translation>
    </message>
    <message>
        <source>The URL path requested; a status from 200 to 399 means healthy.</source>
        <translation>Der angefragte URL-Pfad; ein Status von 200 bis 399 bedeutet gesund.</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>The container port number, or the name of one of its ports.</source>
        <translation>Die Nummer des Container-Ports oder der Name eines seiner Ports.</translation>
    </message>
    <message>
        <source>Sche&amp;me:</source>
        <translation>Sche&amp;ma:</translation>
    </message>
    <message>
        <source>HTTPS skips certificate verification.</source>
        <translation>HTTPS überspringt die Prüfung des Zertifikats.</translation>
    </message>
    <message>
        <source>Hos&amp;t:</source>
        <translation>Hos&amp;t:</translation>
    </message>
    <message>
        <source>Rarely needed: defaults to the pod&apos;s IP. Set a Host header in YAML instead.</source>
        <translation>Selten nötig: Standard ist die IP des Pods. Setzen Sie stattdessen einen Host-Header im YAML.</translation>
    </message>
    <message>
        <source>Healthy when a TCP connection to this port opens.</source>
        <translation>Gesund, wenn sich eine TCP-Verbindung zu diesem Port öffnen lässt.</translation>
    </message>
    <message>
        <source>Defaults to the pod&apos;s IP.</source>
        <translation>Standard ist die IP des Pods.</translation>
    </message>
    <message>
        <source>The port of a server implementing the gRPC Health Checking Protocol.</source>
        <translation>Der Port eines Servers, der das gRPC Health Checking Protocol umsetzt.</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>Ser&amp;vice:</translation>
    </message>
    <message>
        <source>The service name sent in the health check request; empty checks the whole server.</source>
        <translation>Der in der Health-Check-Anfrage gesendete Dienstname; leer prüft den ganzen Server.</translation>
    </message>
    <message>
        <source>&amp;Initial delay (s):</source>
        <translation>&amp;Anfangsverzögerung (s):</translation>
    </message>
    <message>
        <source>Seconds after the container starts before the first check; default 0.</source>
        <translation>Sekunden nach dem Start des Containers bis zur ersten Prüfung; Standard 0.</translation>
    </message>
    <message>
        <source>P&amp;eriod (s):</source>
        <translation>Int&amp;ervall (s):</translation>
    </message>
    <message>
        <source>Seconds between checks; default 10.</source>
        <translation>Sekunden zwischen den Prüfungen; Standard 10.</translation>
    </message>
    <message>
        <source>Time&amp;out (s):</source>
        <translation>Zeitlim&amp;it (s):</translation>
    </message>
    <message>
        <source>Seconds a check may take before it counts as failed; default 1.</source>
        <translation>Sekunden, die eine Prüfung dauern darf, bevor sie als fehlgeschlagen gilt; Standard 1.</translation>
    </message>
    <message>
        <source>S&amp;uccess threshold:</source>
        <translation>Erfolgs&amp;schwelle:</translation>
    </message>
    <message>
        <source>Consecutive successes needed after a failure; must be 1 for liveness and startup probes.</source>
        <translation>Nötige aufeinanderfolgende Erfolge nach einem Fehlschlag; muss bei Liveness- und Startup-Probes 1 sein.</translation>
    </message>
    <message>
        <source>&amp;Failure threshold:</source>
        <translation>&amp;Fehlerschwelle:</translation>
    </message>
    <message>
        <source>Consecutive failures before Kubernetes acts (restarts the container, or marks it not ready); default 3.</source>
        <translation>Aufeinanderfolgende Fehlschläge, bevor Kubernetes handelt (den Container neu startet oder als nicht bereit markiert); Standard 3.</translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation>%1 aktivieren</translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation>%1 deaktivieren</translation>
    </message>
    <message>
        <source>Edit probe command</source>
        <translation>Befehl der Probe bearbeiten</translation>
    </message>
    <message>
        <source>Set probe path</source>
        <translation>Pfad der Probe festlegen</translation>
    </message>
    <message>
        <source>Set probe port</source>
        <translation>Port der Probe festlegen</translation>
    </message>
    <message>
        <source>Set probe host</source>
        <translation>Host der Probe festlegen</translation>
    </message>
    <message>
        <source>Set probe service</source>
        <translation>Dienst der Probe festlegen</translation>
    </message>
    <message>
        <source>Set probe scheme</source>
        <translation>Schema der Probe festlegen</translation>
    </message>
    <message>
        <source>Set probe timing</source>
        <translation>Zeitverhalten der Probe festlegen</translation>
    </message>
    <message>
        <source>Change probe check</source>
        <translation>Prüfart der Probe ändern</translation>
    </message>
</context>
<context>
    <name>podwright::gui::ProblemsPanel</name>
    <message>
        <source>Show errors: the API server would reject the pod</source>
        <translation>Fehler anzeigen: Der API-Server würde den Pod ablehnen</translation>
    </message>
    <message>
        <source>Show warnings: accepted, but likely to fail or surprise</source>
        <translation>Warnungen anzeigen: angenommen, aber wahrscheinlich fehlerhaft oder überraschend</translation>
    </message>
    <message>
        <source>Show hints: good practice for pods</source>
        <translation>Hinweise anzeigen: bewährte Praxis für Pods</translation>
    </message>
    <message>
        <source>Errors: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>Warnungen: %1</translation>
    </message>
    <message>
        <source>Hints: %1</source>
        <translation>Hinweise: %1</translation>
    </message>
    <message>
        <source>No problems found: the API server would accept this.</source>
        <translation>Keine Probleme gefunden: Der API-Server würde dies annehmen.</translation>
    </message>
    <message>
        <source>Select a problem to see what it means and how to fix it.</source>
        <translation>Wählen Sie ein Problem aus, um zu sehen, was es bedeutet und wie Sie es beheben.</translation>
    </message>
</context>
<context>
    <name>podwright::gui::RunController</name>
    <message>
        <source>Running pod %1…</source>
        <translation>Pod %1 wird gestartet…</translation>
    </message>
    <message>
        <source>Stopping pod %1…</source>
        <translation>Pod %1 wird gestoppt…</translation>
    </message>
    <message>
        <source>Removing pod %1…</source>
        <translation>Pod %1 wird entfernt…</translation>
    </message>
    <message>
        <source>Pod %1 was not started from Podwright: there is nothing to re-run.</source>
        <translation>Pod %1 wurde nicht von Podwright gestartet: Es gibt nichts neu zu starten.</translation>
    </message>
    <message>
        <source>Pods still running</source>
        <translation>Pods laufen noch</translation>
    </message>
    <message>
        <source>Podwright started these pods, which are still on Podman:

%1

What should happen to them?</source>
        <translation>Podwright hat diese Pods gestartet, die noch in Podman sind:

%1

Was soll mit ihnen geschehen?</translation>
    </message>
    <message>
        <source>Stop and Remove</source>
        <translation>Stoppen und entfernen</translation>
    </message>
    <message>
        <source>Leave Running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
</context>
<context>
    <name>podwright::gui::RunWorkspace</name>
    <message>
        <source>Pods</source>
        <translation>Pods</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>Stats</source>
        <translation>Statistiken</translation>
    </message>
    <message>
        <source>Run the selected pod on this machine with Podman</source>
        <translation>Den ausgewählten Pod auf diesem Rechner mit Podman starten</translation>
    </message>
    <message>
        <source>Stop the selected pod, honouring its grace period</source>
        <translation>Den ausgewählten Pod stoppen, unter Einhaltung seiner Schonfrist</translation>
    </message>
    <message>
        <source>Select the pod to run first.</source>
        <translation>Wählen Sie zuerst den Pod aus, der laufen soll.</translation>
    </message>
    <message>
        <source>Run Pod With Errors?</source>
        <translation>Pod mit Fehlern starten?</translation>
    </message>
    <message>
        <source>Pod “%1” has %2 error(s) that a Kubernetes cluster would reject (see the Problems list). Podman may still run it. Run it anyway?</source>
        <translation>Pod „%1“ hat %2 Fehler, die ein Kubernetes-Cluster ablehnen würde (siehe Liste der Probleme). Podman führt ihn vielleicht trotzdem aus. Trotzdem starten?</translation>
    </message>
    <message>
        <source>The stats charts are not available.
%1</source>
        <translation>Die Statistikdiagramme sind nicht verfügbar.
%1</translation>
    </message>
</context>
<context>
    <name>podwright::gui::Screenshotter</name>
    <message>
        <source>Rename container</source>
        <translation>Container umbenennen</translation>
    </message>
</context>
<context>
    <name>podwright::gui::SendRequestDialog</name>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send Request</source>
        <translation>Anfrage senden</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Antwort-Header</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Antwort-Body</translation>
    </message>
    <message>
        <source>GET</source>
        <translation>GET</translation>
    </message>
    <message>
        <source>Not a valid URL.</source>
        <translation>Keine gültige URL.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Keine Antwort: %1</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
</context>
<context>
    <name>podwright::gui::StatsChart</name>
    <message>
        <source>CPU (millicores, 1000m = 1 core)</source>
        <translation>CPU (Millicores, 1000m = 1 Kern)</translation>
    </message>
    <message>
        <source>Memory (MiB)</source>
        <translation>Arbeitsspeicher (MiB)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>OOM kill</source>
        <translation>OOM-Kill</translation>
    </message>
    <message>
        <source>Pod limit</source>
        <translation>Pod-Limit</translation>
    </message>
    <message>
        <source>Pod request</source>
        <translation>Pod-Request</translation>
    </message>
    <message>
        <source>%1 limit</source>
        <translation>%1 Limit</translation>
    </message>
    <message>
        <source>%1 request</source>
        <translation>%1 Request</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1m</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 at %2
CPU: %3 (%4 of a core)</source>
        <translation>%1 um %2
CPU: %3 (%4 eines Kerns)</translation>
    </message>
    <message>
        <source>%1 at %2
Memory: %3 (%4 bytes)</source>
        <translation>%1 um %2
Arbeitsspeicher: %3 (%4 Bytes)</translation>
    </message>
    <message>
        <source>%1 restarted at %2</source>
        <translation>%1 wurde um %2 neu gestartet</translation>
    </message>
    <message>
        <source>%1 was killed for using more memory than its limit (OOMKilled) at %2</source>
        <translation>%1 wurde um %2 beendet, weil er mehr Arbeitsspeicher als sein Limit nutzte (OOMKilled)</translation>
    </message>
    <message>
        <source>%1 exited with code %2 at %3</source>
        <translation>%1 hat sich um %3 mit Code %2 beendet</translation>
    </message>
    <message>
        <source>CPU (millicores)</source>
        <translation>CPU (Millicores)</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>%1 completed at %2</source>
        <translation>%1 wurde um %2 erfolgreich beendet</translation>
    </message>
</context>
<context>
    <name>podwright::gui::StatsOverview</name>
    <message>
        <source>Show the charts of %1</source>
        <translation>Die Diagramme von %1 anzeigen</translation>
    </message>
</context>
<context>
    <name>podwright::gui::StatsPanel</name>
    <message>
        <source>All pods</source>
        <translation>Alle Pods</translation>
    </message>
    <message>
        <source>The pod to chart, or all pods side by side</source>
        <translation>Der darzustellende Pod oder alle Pods nebeneinander</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>Pod:</source>
        <translation>Pod:</translation>
    </message>
    <message>
        <source>Stacked</source>
        <translation>Gestapelt</translation>
    </message>
    <message>
        <source>Stack the containers&apos; lines so the top line is the pod&apos;s total</source>
        <translation>Die Linien der Container stapeln, sodass die oberste Linie die Summe des Pods ist</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Freeze the charts; data keeps being recorded</source>
        <translation>Die Diagramme einfrieren; die Daten werden weiter aufgezeichnet</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the samples and events as a CSV file</source>
        <translation>Die Messwerte und Ereignisse als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <source>Save the charts as a picture</source>
        <translation>Die Diagramme als Bild speichern</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>There is no data to export yet.</source>
        <translation>Es gibt noch keine Daten zum Exportieren.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not write the picture to %1.</source>
        <translation>Das Bild konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>PNG exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Last minute</source>
        <translation>Letzte Minute</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>Letzte 5 Minuten</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
</context>
<context>
    <name>podwright::gui::StatsSparkline</name>
    <message>
        <source>%1m</source>
        <translation>%1m</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>Click to open the pod&apos;s charts.</source>
        <translation>Klicken, um die Diagramme des Pods zu öffnen.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>podwright::gui::TableEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected row (Delete)</source>
        <translation>Die ausgewählte Zeile entfernen (Entf)</translation>
    </message>
</context>
<context>
    <name>podwright::gui::TemplateDialog</name>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
</context>
<context>
    <name>podwright::gui::VolumeForm</name>
    <message>
        <source>Mount the claim read-only</source>
        <translation>Den Claim schreibgeschützt einbinden</translation>
    </message>
    <message>
        <source>Scratch space (emptyDir)</source>
        <translation>Arbeitsbereich (emptyDir)</translation>
    </message>
    <message>
        <source>A path on the host (hostPath)</source>
        <translation>Ein Pfad auf dem Host (hostPath)</translation>
    </message>
    <message>
        <source>A ConfigMap&apos;s keys as files (configMap)</source>
        <translation>Die Schlüssel einer ConfigMap als Dateien (configMap)</translation>
    </message>
    <message>
        <source>A Secret&apos;s keys as files (secret)</source>
        <translation>Die Schlüssel eines Secrets als Dateien (secret)</translation>
    </message>
    <message>
        <source>Persistent storage (persistentVolumeClaim)</source>
        <translation>Persistenter Speicher (persistentVolumeClaim)</translation>
    </message>
    <message>
        <source>node disk</source>
        <translation>Festplatte des Nodes</translation>
    </message>
    <message>
        <source>no check</source>
        <translation>keine Prüfung</translation>
    </message>
    <message>
        <source>e.g. 128Mi (no limit)</source>
        <translation>z. B. 128Mi (kein Limit)</translation>
    </message>
    <message>
        <source>e.g. /srv/data</source>
        <translation>z. B. /srv/data</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Containers mount the volume by this name: lowercase letters, digits and &apos;-&apos;, unique in the pod.</source>
        <translation>Container binden das Volume unter diesem Namen ein: Kleinbuchstaben, Ziffern und &apos;-&apos;, eindeutig im Pod.</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>What backs the volume. Switching replaces the old source&apos;s settings (undo brings them back).</source>
        <translation>Was hinter dem Volume steht. Ein Wechsel ersetzt die Einstellungen der alten Quelle (Rückgängig holt sie zurück).</translation>
    </message>
    <message>
        <source>&amp;Medium:</source>
        <translation>&amp;Medium:</translation>
    </message>
    <message>
        <source>Memory keeps the files in RAM (tmpfs): fast, counted against the container&apos;s memory, gone when the pod stops.</source>
        <translation>Memory hält die Dateien im RAM (tmpfs): schnell, zählt zum Arbeitsspeicher des Containers, weg, sobald der Pod stoppt.</translation>
    </message>
    <message>
        <source>Size &amp;limit:</source>
        <translation>Größen&amp;limit:</translation>
    </message>
    <message>
        <source>The most the volume may hold, e.g. 1Gi; the pod is evicted above it.</source>
        <translation>Das Höchste, was das Volume fassen darf, z. B. 1Gi; darüber wird der Pod verdrängt.</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Pfad:</translation>
    </message>
    <message>
        <source>A file or directory of the node (with Podman: your machine) shared into the pod. Handy locally, a security risk on a cluster.</source>
        <translation>Eine Datei oder ein Verzeichnis des Nodes (bei Podman: Ihres Rechners), das in den Pod freigegeben wird. Lokal praktisch, auf einem Cluster ein Sicherheitsrisiko.</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>What must exist at the path before the pod starts; DirectoryOrCreate creates an empty directory.</source>
        <translation>Was unter dem Pfad existieren muss, bevor der Pod startet; DirectoryOrCreate legt ein leeres Verzeichnis an.</translation>
    </message>
    <message>
        <source>&amp;Claim name:</source>
        <translation>&amp;Claim-Name:</translation>
    </message>
    <message>
        <source>The PersistentVolumeClaim in the pod&apos;s namespace; Podman uses a named volume of that name.</source>
        <translation>Der PersistentVolumeClaim im Namespace des Pods; Podman verwendet ein benanntes Volume dieses Namens.</translation>
    </message>
    <message>
        <source>&amp;Read-only:</source>
        <translation>&amp;Schreibgeschützt:</translation>
    </message>
    <message>
        <source>Force every mount of this volume to be read-only.</source>
        <translation>Jeden Mount dieses Volumes schreibgeschützt erzwingen.</translation>
    </message>
    <message>
        <source>Rename volume</source>
        <translation>Volume umbenennen</translation>
    </message>
    <message>
        <source>Change volume source</source>
        <translation>Quelle des Volumes ändern</translation>
    </message>
    <message>
        <source>Set medium</source>
        <translation>Medium festlegen</translation>
    </message>
    <message>
        <source>Set size limit</source>
        <translation>Größenlimit festlegen</translation>
    </message>
    <message>
        <source>Set host path</source>
        <translation>Host-Pfad festlegen</translation>
    </message>
    <message>
        <source>Set host path type</source>
        <translation>Typ des Host-Pfads festlegen</translation>
    </message>
    <message>
        <source>Set claim name</source>
        <translation>Claim-Namen festlegen</translation>
    </message>
    <message>
        <source>Set read-only</source>
        <translation>Schreibschutz festlegen</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>The key to project</source>
        <translation>Der abzubildende Schlüssel</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>The file name, relative to the mount path</source>
        <translation>Der Dateiname, relativ zum Mount-Pfad</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>File mode in octal, e.g. 0400; empty uses the default mode</source>
        <translation>Dateimodus in Oktal, z. B. 0400; leer verwendet den Standardmodus</translation>
    </message>
    <message>
        <source>(0644)</source>
        <translation>(0644)</translation>
    </message>
    <message>
        <source>Start the pod even if it does not exist</source>
        <translation>Den Pod auch starten, wenn das Objekt nicht existiert</translation>
    </message>
    <message>
        <source>S&amp;ecret name:</source>
        <translation>S&amp;ecret-Name:</translation>
    </message>
    <message>
        <source>&amp;ConfigMap name:</source>
        <translation>&amp;ConfigMap-Name:</translation>
    </message>
    <message>
        <source>The Secret whose keys become files; Podman looks for a podman secret of that name.</source>
        <translation>Das Secret, dessen Schlüssel zu Dateien werden; Podman sucht nach einem Podman-Secret dieses Namens.</translation>
    </message>
    <message>
        <source>The ConfigMap whose keys become files; with Podman, pass its YAML to podman kube play --configmap.</source>
        <translation>Die ConfigMap, deren Schlüssel zu Dateien werden; geben Sie bei Podman ihr YAML an podman kube play --configmap.</translation>
    </message>
    <message>
        <source>&amp;Items:</source>
        <translation>&amp;Einträge:</translation>
    </message>
    <message>
        <source>Only these keys, as these file names; empty projects every key under its own name.</source>
        <translation>Nur diese Schlüssel, unter diesen Dateinamen; leer bildet jeden Schlüssel unter seinem eigenen Namen ab.</translation>
    </message>
    <message>
        <source>Default &amp;mode:</source>
        <translation>Standard&amp;modus:</translation>
    </message>
    <message>
        <source>File permissions in octal, e.g. 0644 (rw-r--r--) or 0400 for secrets.</source>
        <translation>Dateirechte in Oktal, z. B. 0644 (rw-r--r--) oder 0400 für Secrets.</translation>
    </message>
    <message>
        <source>&amp;Optional:</source>
        <translation>&amp;Optional:</translation>
    </message>
    <message>
        <source>Without it, the pod does not start until the object exists.</source>
        <translation>Ohne diese Option startet der Pod erst, wenn das Objekt existiert.</translation>
    </message>
    <message>
        <source>Set source name</source>
        <translation>Namen der Quelle festlegen</translation>
    </message>
    <message>
        <source>Set default mode</source>
        <translation>Standardmodus festlegen</translation>
    </message>
    <message>
        <source>Set optional</source>
        <translation>Optional festlegen</translation>
    </message>
    <message>
        <source>Edit item</source>
        <translation>Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Eintrag entfernen</translation>
    </message>
    <message>
        <source>Edit in YAML: a &lt;b&gt;%1&lt;/b&gt; source is kept as written; edit it in the YAML pane, or pick another source above.</source>
        <translation>In YAML bearbeiten: Eine Quelle vom Typ &lt;b&gt;%1&lt;/b&gt; bleibt so erhalten, wie sie geschrieben wurde; bearbeiten Sie sie im YAML-Bereich oder wählen Sie oben eine andere Quelle.</translation>
    </message>
    <message>
        <source>Volume %1 (%2)</source>
        <translation>Volume %1 (%2)</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
</context>
<context>
    <name>podwright::gui::YamlPane</name>
    <message>
        <source>Line %1, column %2: %3. The canvas shows the last valid version.</source>
        <translation>Zeile %1, Spalte %2: %3. Die Arbeitsfläche zeigt die letzte gültige Fassung.</translation>
    </message>
    <message>
        <source>%1. The canvas shows the last valid version.</source>
        <translation>%1. Die Arbeitsfläche zeigt die letzte gültige Fassung.</translation>
    </message>
    <message>
        <source>Edit YAML</source>
        <translation>YAML bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) removed: Podwright&apos;s YAML is canonical and keeps no comments</source>
        <translation>
            <numerusform>Ein Kommentar entfernt: Podwrights YAML ist kanonisch und enthält keine Kommentare</numerusform>
            <numerusform>%n Kommentare entfernt: Podwrights YAML ist kanonisch und enthält keine Kommentare</numerusform>
        </translation>
    </message>
</context>
</TS>
