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
    <name>podwright::Hints</name>
    <message>
        <source>the pod template has no labels, so no selector can match it</source>
        <translation>die Pod-Vorlage hat keine Labels, daher kann kein Selektor sie finden</translation>
    </message>
    <message>
        <source>the pod has no labels, so no Service or selector can find it</source>
        <translation>der Pod hat keine Labels, daher kann ihn kein Service und kein Selektor finden</translation>
    </message>
    <message>
        <source>the pod shares the host&apos;s network: its ports can clash with the host&apos;s</source>
        <translation>der Pod teilt das Netzwerk des Hosts: Seine Ports können mit denen des Hosts kollidieren</translation>
    </message>
    <message>
        <source>the pod&apos;s containers run as root</source>
        <translation>die Container des Pods laufen als root</translation>
    </message>
    <message>
        <source>hostPath ties the pod to one machine&apos;s files</source>
        <translation>hostPath bindet den Pod an die Dateien eines einzelnen Rechners</translation>
    </message>
    <message>
        <source>image %1 has no fixed tag: what runs can change without notice</source>
        <translation>Image %1 hat kein festes Tag: Was läuft, kann sich unbemerkt ändern</translation>
    </message>
    <message>
        <source>container %1 sets no resource requests or limits</source>
        <translation>Container %1 setzt keine Ressourcen-Requests oder -Limits</translation>
    </message>
    <message>
        <source>container %1 has no resource limits</source>
        <translation>Container %1 hat keine Ressourcen-Limits</translation>
    </message>
    <message>
        <source>container %1 sets limits but no requests: Kubernetes requests the whole limit</source>
        <translation>Container %1 setzt Limits, aber keine Requests: Kubernetes fordert das ganze Limit an</translation>
    </message>
    <message>
        <source>container %1 has no liveness or readiness probe</source>
        <translation>Container %1 hat keine Liveness- oder Readiness-Probe</translation>
    </message>
    <message>
        <source>container %1 is privileged: it can do almost anything the host can</source>
        <translation>Container %1 ist privilegiert: Er darf fast alles, was der Host darf</translation>
    </message>
    <message>
        <source>container %1 runs as root</source>
        <translation>Container %1 läuft als root</translation>
    </message>
    <message>
        <source>the document is empty: add a Pod to start</source>
        <translation>das Dokument ist leer: Fügen Sie zum Start einen Pod hinzu</translation>
    </message>
    <message>
        <source>Drag a Pod or a Container from Parts onto the canvas, press Ctrl+Shift+N, start from File &gt; New from Template, or type a manifest here (apiVersion: v1, kind: Pod, metadata and spec).</source>
        <translation>Ziehen Sie einen Pod oder Container aus den Bausteinen auf die Arbeitsfläche, drücken Sie Strg+Umschalt+N, beginnen Sie mit Datei &gt; Neu aus Vorlage oder schreiben Sie hier ein Manifest (apiVersion: v1, kind: Pod, metadata und spec).</translation>
    </message>
</context>
<context>
    <name>podwright::Import</name>
    <message>
        <source>an alias refers to its own anchor</source>
        <translation>ein Alias verweist auf seinen eigenen Anker</translation>
    </message>
    <message>
        <source>A YAML alias (*name) can only repeat a node that is complete; a node cannot contain itself.</source>
        <translation>Ein YAML-Alias (*name) kann nur einen vollständigen Knoten wiederholen; ein Knoten kann sich nicht selbst enthalten.</translation>
    </message>
    <message>
        <source>the document expands to more than %1 nodes</source>
        <translation>das Dokument wächst auf mehr als %1 Knoten an</translation>
    </message>
    <message>
        <source>YAML aliases (*name) repeat an anchored node; nested aliases multiply (the &quot;billion laughs&quot; pattern) until the document is far too large to load. Write the values out instead.</source>
        <translation>YAML-Aliase (*name) wiederholen einen verankerten Knoten; verschachtelte Aliase vervielfachen sich (das &quot;Billion Laughs&quot;-Muster), bis das Dokument viel zu groß zum Laden ist. Schreiben Sie die Werte stattdessen aus.</translation>
    </message>
    <message>
        <source>a map key must be text, not a list or a map</source>
        <translation>ein Map-Schlüssel muss Text sein, keine Liste und keine Map</translation>
    </message>
    <message>
        <source>Kubernetes field names are plain text. Check for a stray &apos;?&apos;, &apos;[&apos; or &apos;{&apos; before the &apos;:&apos;.</source>
        <translation>Kubernetes-Feldnamen sind einfacher Text. Suchen Sie nach einem überzähligen &apos;?&apos;, &apos;[&apos; oder &apos;{&apos; vor dem &apos;:&apos;.</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>Verschachtelung tiefer als %1 Ebenen</translation>
    </message>
    <message>
        <source>No Kubernetes object nests this deep. The file is probably damaged or generated by mistake (for example unbalanced brackets).</source>
        <translation>Kein Kubernetes-Objekt ist so tief verschachtelt. Die Datei ist vermutlich beschädigt oder versehentlich erzeugt (zum Beispiel mit unausgeglichenen Klammern).</translation>
    </message>
    <message>
        <source>The same field is written twice in one object; Kubernetes refuses the file because it cannot know which value you meant. Delete one of the two lines (or merge them).</source>
        <translation>Dasselbe Feld steht zweimal in einem Objekt; Kubernetes lehnt die Datei ab, weil es nicht wissen kann, welchen Wert Sie meinen. Löschen Sie eine der beiden Zeilen (oder führen Sie sie zusammen).</translation>
    </message>
    <message>
        <source>A &apos;[&apos; or &apos;{&apos; is never closed, or a &apos;,&apos; is missing between items. If this is JSON, the file may be cut short.</source>
        <translation>Ein &apos;[&apos; oder &apos;{&apos; wird nie geschlossen, oder zwischen Einträgen fehlt ein &apos;,&apos;. Bei JSON ist die Datei vielleicht abgeschnitten.</translation>
    </message>
    <message>
        <source>A &apos;:&apos; appears where YAML does not expect a key. Check this line&apos;s indentation against the lines above, and quote values that contain &quot;: &quot;.</source>
        <translation>Ein &apos;:&apos; steht dort, wo YAML keinen Schlüssel erwartet. Vergleichen Sie die Einrückung dieser Zeile mit den Zeilen darüber, und setzen Sie Werte, die &quot;: &quot; enthalten, in Anführungszeichen.</translation>
    </message>
    <message>
        <source>The indentation of this line does not match the lines before it. Fields of the same object must start in the same column; use spaces, never tabs.</source>
        <translation>Die Einrückung dieser Zeile passt nicht zu den Zeilen davor. Felder desselben Objekts müssen in derselben Spalte beginnen; verwenden Sie Leerzeichen, niemals Tabulatoren.</translation>
    </message>
    <message>
        <source>A quoted string is not closed, or contains an invalid escape sequence.</source>
        <translation>Eine Zeichenkette in Anführungszeichen wird nicht geschlossen oder enthält eine ungültige Escape-Sequenz.</translation>
    </message>
    <message>
        <source>The text is not valid YAML here. Common causes: inconsistent indentation, a tab used for indentation, a missing space after &apos;:&apos; or &apos;-&apos;, or an unclosed quote or bracket.</source>
        <translation>Der Text ist hier kein gültiges YAML. Häufige Ursachen: uneinheitliche Einrückung, ein Tabulator als Einrückung, ein fehlendes Leerzeichen nach &apos;:&apos; oder &apos;-&apos; oder ein nicht geschlossenes Anführungszeichen oder eine nicht geschlossene Klammer.</translation>
    </message>
    <message>
        <source>the input is %1 bytes; at most %2 bytes are read</source>
        <translation>die Eingabe ist %1 Bytes groß; gelesen werden höchstens %2 Bytes</translation>
    </message>
    <message>
        <source>Manifests are small text files; this one is far larger than any real Pod definition. Check that you opened the right file.</source>
        <translation>Manifeste sind kleine Textdateien; diese ist weit größer als jede echte Pod-Definition. Prüfen Sie, ob Sie die richtige Datei geöffnet haben.</translation>
    </message>
    <message>
        <source>nesting too deep</source>
        <translation>Verschachtelung zu tief</translation>
    </message>
    <message>
        <source>out of memory while reading the input</source>
        <translation>beim Lesen der Eingabe ist der Speicher ausgegangen</translation>
    </message>
    <message>
        <source>A Kubernetes manifest is UTF-8 text. This file looks like something else (an image, an archive, a compiled program, or text saved in another encoding). Open the .yaml file itself, or save it as UTF-8.</source>
        <translation>Ein Kubernetes-Manifest ist UTF-8-Text. Diese Datei sieht nach etwas anderem aus (ein Bild, ein Archiv, ein kompiliertes Programm oder Text in einer anderen Kodierung). Öffnen Sie die .yaml-Datei selbst oder speichern Sie sie als UTF-8.</translation>
    </message>
    <message>
        <source>the file is UTF-16 encoded; only UTF-8 is supported</source>
        <translation>die Datei ist UTF-16-kodiert; unterstützt wird nur UTF-8</translation>
    </message>
    <message>
        <source>the file contains a NUL byte: it is binary, not YAML text</source>
        <translation>die Datei enthält ein NUL-Byte: Sie ist binär, kein YAML-Text</translation>
    </message>
    <message>
        <source>control character 0x%1 is not allowed in YAML</source>
        <translation>das Steuerzeichen 0x%1 ist in YAML nicht erlaubt</translation>
    </message>
    <message>
        <source>invalid UTF-8 byte 0x%1</source>
        <translation>ungültiges UTF-8-Byte 0x%1</translation>
    </message>
    <message>
        <source>end of file reached without closing quote</source>
        <translation>Dateiende erreicht, ohne dass das Anführungszeichen geschlossen wurde</translation>
    </message>
    <message>
        <source>This quoted string is never closed: add the closing quote. If the file was downloaded or pasted, it may be cut short.</source>
        <translation>Diese Zeichenkette in Anführungszeichen wird nie geschlossen: Ergänzen Sie das schließende Anführungszeichen. Wurde die Datei heruntergeladen oder eingefügt, ist sie vielleicht abgeschnitten.</translation>
    </message>
    <message>
        <source>YAML reads %1 as a %2, but this field takes text. Put it in quotes: &quot;%1&quot;.</source>
        <translation>YAML liest %1 als %2, dieses Feld erwartet aber Text. Setzen Sie den Wert in Anführungszeichen: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This field takes a single text value, not a list or an object.</source>
        <translation>Dieses Feld erwartet einen einzelnen Textwert, keine Liste und kein Objekt.</translation>
    </message>
    <message>
        <source>This field takes a whole number written without quotes, for example 8080.</source>
        <translation>Dieses Feld erwartet eine ganze Zahl ohne Anführungszeichen, zum Beispiel 8080.</translation>
    </message>
    <message>
        <source> To give a port a name such as &quot;http&quot;, use the port&apos;s `name` field.</source>
        <translation> Um einem Port einen Namen wie &quot;http&quot; zu geben, verwenden Sie das Feld `name` des Ports.</translation>
    </message>
    <message>
        <source>This field takes true or false, without quotes.</source>
        <translation>Dieses Feld erwartet true oder false, ohne Anführungszeichen.</translation>
    </message>
    <message>
        <source>This field takes a list: write each item on its own line starting with &quot;- &quot;, indented under the field.</source>
        <translation>Dieses Feld erwartet eine Liste: Schreiben Sie jeden Eintrag in eine eigene Zeile, beginnend mit &quot;- &quot;, eingerückt unter dem Feld.</translation>
    </message>
    <message>
        <source>This field takes an object: indented &quot;field: value&quot; lines under it, not a single value or a list.</source>
        <translation>Dieses Feld erwartet ein Objekt: eingerückte Zeilen &quot;field: value&quot; darunter, keinen einzelnen Wert und keine Liste.</translation>
    </message>
    <message>
        <source>This field maps names to text values. Quote values that YAML would read as numbers or booleans, for example version: &quot;1.0&quot; or enabled: &quot;true&quot;.</source>
        <translation>Dieses Feld ordnet Namen Textwerte zu. Setzen Sie Werte, die YAML als Zahlen oder Wahrheitswerte lesen würde, in Anführungszeichen, zum Beispiel version: &quot;1.0&quot; oder enabled: &quot;true&quot;.</translation>
    </message>
    <message>
        <source>This field takes a port number (8080) or a port name (http).</source>
        <translation>Dieses Feld erwartet eine Portnummer (8080) oder einen Port-Namen (http).</translation>
    </message>
    <message>
        <source>Kubernetes does not know this field here, so a cluster with strict field validation (the default for kubectl apply) rejects the file. Check the spelling and the indentation: the field may belong to another object.</source>
        <translation>Kubernetes kennt dieses Feld an dieser Stelle nicht, daher lehnt ein Cluster mit strenger Feldprüfung (der Standard bei kubectl apply) die Datei ab. Prüfen Sie Schreibweise und Einrückung: Das Feld gehört vielleicht zu einem anderen Objekt.</translation>
    </message>
    <message>
        <source> Did you mean &quot;%1&quot;?</source>
        <translation> Meinten Sie &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>the document is not a Kubernetes object</source>
        <translation>das Dokument ist kein Kubernetes-Objekt</translation>
    </message>
    <message>
        <source>Each YAML document in a manifest must be an object with apiVersion, kind, metadata and spec fields. This one is a list or a single value.</source>
        <translation>Jedes YAML-Dokument in einem Manifest muss ein Objekt mit den Feldern apiVersion, kind, metadata und spec sein. Dieses ist eine Liste oder ein einzelner Wert.</translation>
    </message>
    <message>
        <source>Every Kubernetes object says what it is with a `kind` field (Pod, Deployment, Service...) next to its apiVersion.</source>
        <translation>Jedes Kubernetes-Objekt gibt mit einem Feld `kind` (Pod, Deployment, Service …) neben seiner apiVersion an, was es ist.</translation>
    </message>
    <message>
        <source>the file contains no Kubernetes objects</source>
        <translation>die Datei enthält keine Kubernetes-Objekte</translation>
    </message>
    <message>
        <source>The file is empty or holds only comments. A manifest needs at least one object, for example a Pod with apiVersion: v1, kind: Pod, metadata and spec.</source>
        <translation>Die Datei ist leer oder enthält nur Kommentare. Ein Manifest braucht mindestens ein Objekt, zum Beispiel einen Pod mit apiVersion: v1, kind: Pod, metadata und spec.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Check that the file exists and that you may read it.</source>
        <translation>Prüfen Sie, ob die Datei existiert und ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>it is a directory</source>
        <translation>es ist ein Verzeichnis</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>Wahrheitswert</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>control character U+%1 is not allowed in YAML</source>
        <translation>das Steuerzeichen U+%1 ist in YAML nicht erlaubt</translation>
    </message>
    <message>
        <source>Every Kubernetes object names the API group and version its kind belongs to. Add apiVersion: %1 above kind.</source>
        <translation>Jedes Kubernetes-Objekt nennt die API-Gruppe und -Version, zu der seine Art gehört. Ergänzen Sie apiVersion: %1 über kind.</translation>
    </message>
    <message>
        <source>A cluster serves %1 only as apiVersion %2. Older versions such as extensions/v1beta1 or batch/v1beta1 were removed from Kubernetes; write apiVersion: %2.</source>
        <translation>Ein Cluster kennt %1 nur als apiVersion %2. Ältere Versionen wie extensions/v1beta1 oder batch/v1beta1 wurden aus Kubernetes entfernt; schreiben Sie apiVersion: %2.</translation>
    </message>
    <message>
        <source>Each field is written `name: value`. This line has no &apos;:&apos; after its field name, or it is a value that is not indented more than the field it belongs to.</source>
        <translation>Jedes Feld wird als `name: wert` geschrieben. Dieser Zeile fehlt der &apos;:&apos; nach dem Feldnamen, oder sie ist ein Wert, der nicht weiter eingerückt ist als das Feld, zu dem er gehört.</translation>
    </message>
</context>
<context>
    <name>podwright::Rules</name>
    <message>
        <source>A pod needs a name</source>
        <translation>Ein Pod braucht einen Namen</translation>
    </message>
    <message>
        <source>Every pod needs metadata.name (or metadata.generateName, from which the API server makes a unique name). Add a short lowercase name such as &quot;web&quot;.</source>
        <translation>Jeder Pod braucht metadata.name (oder metadata.generateName, woraus der API-Server einen eindeutigen Namen bildet). Geben Sie einen kurzen Namen in Kleinbuchstaben an, etwa &quot;web&quot;.</translation>
    </message>
    <message>
        <source>Pod names must be DNS subdomains</source>
        <translation>Pod-Namen müssen DNS-Subdomains sein</translation>
    </message>
    <message>
        <source>A pod name may contain only lowercase letters, digits, &quot;-&quot; and &quot;.&quot;, must start and end with a letter or digit, and be at most 253 characters. Rename it, e.g. &quot;My_Pod&quot; to &quot;my-pod&quot;.</source>
        <translation>Ein Pod-Name darf nur Kleinbuchstaben, Ziffern, &quot;-&quot; und &quot;.&quot; enthalten, muss mit einem Buchstaben oder einer Ziffer beginnen und enden und darf höchstens 253 Zeichen lang sein. Benennen Sie ihn um, z. B. &quot;My_Pod&quot; in &quot;my-pod&quot;.</translation>
    </message>
    <message>
        <source>generateName must be a valid name prefix</source>
        <translation>generateName muss ein gültiger Namensanfang sein</translation>
    </message>
    <message>
        <source>generateName is the start of a name the API server completes with random characters, so it follows the same rules as a name (a trailing &quot;-&quot; is allowed). Use lowercase letters, digits and &quot;-&quot;.</source>
        <translation>generateName ist der Anfang eines Namens, den der API-Server mit zufälligen Zeichen ergänzt; es gelten also dieselben Regeln wie für einen Namen (ein &quot;-&quot; am Ende ist erlaubt). Verwenden Sie Kleinbuchstaben, Ziffern und &quot;-&quot;.</translation>
    </message>
    <message>
        <source>Namespaces must be DNS labels</source>
        <translation>Namespaces müssen DNS-Labels sein</translation>
    </message>
    <message>
        <source>A namespace name may contain only lowercase letters, digits and &quot;-&quot;, at most 63 characters. Fix the value or leave it out to use your current namespace.</source>
        <translation>Ein Namespace-Name darf nur Kleinbuchstaben, Ziffern und &quot;-&quot; enthalten, höchstens 63 Zeichen. Korrigieren Sie den Wert oder lassen Sie ihn weg, um Ihren aktuellen Namespace zu verwenden.</translation>
    </message>
    <message>
        <source>Label keys must be qualified names</source>
        <translation>Label-Schlüssel müssen qualifizierte Namen sein</translation>
    </message>
    <message>
        <source>A label key is an optional DNS-subdomain prefix and &quot;/&quot;, then a name of at most 63 letters, digits, &quot;-&quot;, &quot;_&quot; or &quot;.&quot;, starting and ending with a letter or digit, e.g. &quot;app&quot; or &quot;example.com/tier&quot;.</source>
        <translation>Ein Label-Schlüssel besteht aus einem optionalen DNS-Subdomain-Präfix mit &quot;/&quot; und dann einem Namen aus höchstens 63 Buchstaben, Ziffern, &quot;-&quot;, &quot;_&quot; oder &quot;.&quot;, der mit einem Buchstaben oder einer Ziffer beginnt und endet, z. B. &quot;app&quot; oder &quot;example.com/tier&quot;.</translation>
    </message>
    <message>
        <source>Label values have a restricted format</source>
        <translation>Label-Werte haben ein eingeschränktes Format</translation>
    </message>
    <message>
        <source>A label value is empty or at most 63 letters, digits, &quot;-&quot;, &quot;_&quot; or &quot;.&quot;, starting and ending with a letter or digit. Quote numbers (&quot;1&quot;) and avoid spaces and &quot;/&quot;.</source>
        <translation>Ein Label-Wert ist leer oder besteht aus höchstens 63 Buchstaben, Ziffern, &quot;-&quot;, &quot;_&quot; oder &quot;.&quot; und beginnt und endet mit einem Buchstaben oder einer Ziffer. Setzen Sie Zahlen in Anführungszeichen (&quot;1&quot;) und vermeiden Sie Leerzeichen und &quot;/&quot;.</translation>
    </message>
    <message>
        <source>Annotation keys must be qualified names</source>
        <translation>Annotation-Schlüssel müssen qualifizierte Namen sein</translation>
    </message>
    <message>
        <source>Annotation keys follow the label key rules (case does not matter): an optional DNS prefix and &quot;/&quot;, then a short name. The value may be anything.</source>
        <translation>Für Annotation-Schlüssel gelten die Regeln der Label-Schlüssel (Groß- und Kleinschreibung egal): ein optionales DNS-Präfix mit &quot;/&quot;, dann ein kurzer Name. Der Wert darf beliebig sein.</translation>
    </message>
    <message>
        <source>Annotations are limited to 256 KiB</source>
        <translation>Annotations sind auf 256 KiB begrenzt</translation>
    </message>
    <message>
        <source>All annotation keys and values together must fit in 256 KiB. Move large data into a ConfigMap and mount it.</source>
        <translation>Alle Annotation-Schlüssel und -Werte zusammen dürfen höchstens 256 KiB groß sein. Legen Sie große Daten in eine ConfigMap und hängen Sie diese ein.</translation>
    </message>
    <message>
        <source>A pod needs at least one container</source>
        <translation>Ein Pod braucht mindestens einen Container</translation>
    </message>
    <message>
        <source>spec.containers lists the programs the pod runs; it must have at least one entry with a name and an image.</source>
        <translation>spec.containers listet die Programme, die der Pod ausführt; die Liste braucht mindestens einen Eintrag mit Namen und Image.</translation>
    </message>
    <message>
        <source>Containers need a name</source>
        <translation>Container brauchen einen Namen</translation>
    </message>
    <message>
        <source>Every container needs a name, unique in the pod, such as &quot;web&quot; or &quot;sidecar&quot;.</source>
        <translation>Jeder Container braucht einen im Pod eindeutigen Namen, etwa &quot;web&quot; oder &quot;sidecar&quot;.</translation>
    </message>
    <message>
        <source>Container names must be DNS labels</source>
        <translation>Container-Namen müssen DNS-Labels sein</translation>
    </message>
    <message>
        <source>A container name may contain only lowercase letters, digits and &quot;-&quot;, must start and end with a letter or digit, and be at most 63 characters.</source>
        <translation>Ein Container-Name darf nur Kleinbuchstaben, Ziffern und &quot;-&quot; enthalten, muss mit einem Buchstaben oder einer Ziffer beginnen und enden und darf höchstens 63 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Container names must be unique</source>
        <translation>Container-Namen müssen eindeutig sein</translation>
    </message>
    <message>
        <source>Init containers and app containers share one namespace of names: no two containers of a pod may have the same name. Rename one of them.</source>
        <translation>Init-Container und Anwendungs-Container teilen sich einen gemeinsamen Namensraum: Keine zwei Container eines Pods dürfen gleich heißen. Benennen Sie einen von ihnen um.</translation>
    </message>
    <message>
        <source>Containers need an image</source>
        <translation>Container brauchen ein Image</translation>
    </message>
    <message>
        <source>Each container runs an image, e.g. &quot;nginx:1.25&quot;. Set image to the image to run.</source>
        <translation>Jeder Container führt ein Image aus, z. B. &quot;nginx:1.25&quot;. Tragen Sie unter image das Image ein, das laufen soll.</translation>
    </message>
    <message>
        <source>Image names may not have surrounding spaces</source>
        <translation>Image-Namen dürfen nicht von Leerzeichen umgeben sein</translation>
    </message>
    <message>
        <source>The image name starts or ends with whitespace, which no registry accepts. Remove the spaces (watch for quotes in YAML).</source>
        <translation>Der Image-Name beginnt oder endet mit Leerraum, den keine Registry akzeptiert. Entfernen Sie die Leerzeichen (achten Sie auf Anführungszeichen im YAML).</translation>
    </message>
    <message>
        <source>imagePullPolicy has three values</source>
        <translation>imagePullPolicy hat drei Werte</translation>
    </message>
    <message>
        <source>imagePullPolicy is Always, IfNotPresent or Never (capitalised exactly so). Leave it out to get IfNotPresent for tagged images and Always for :latest.</source>
        <translation>imagePullPolicy ist Always, IfNotPresent oder Never (genau so geschrieben). Lassen Sie es weg, gilt IfNotPresent für Images mit Tag und Always für :latest.</translation>
    </message>
    <message>
        <source>terminationMessagePolicy has two values</source>
        <translation>terminationMessagePolicy hat zwei Werte</translation>
    </message>
    <message>
        <source>terminationMessagePolicy is File (read the message from terminationMessagePath) or FallbackToLogsOnError (use the last log lines when that file is empty).</source>
        <translation>terminationMessagePolicy ist File (die Nachricht aus terminationMessagePath lesen) oder FallbackToLogsOnError (die letzten Log-Zeilen verwenden, wenn diese Datei leer ist).</translation>
    </message>
    <message>
        <source>Only init containers take a restartPolicy</source>
        <translation>Nur Init-Container haben eine restartPolicy</translation>
    </message>
    <message>
        <source>A container-level restartPolicy is only for init containers, where Always makes a sidecar. For app containers use the pod&apos;s spec.restartPolicy instead.</source>
        <translation>Eine restartPolicy am Container gibt es nur für Init-Container, wo Always einen Sidecar daraus macht. Für Anwendungs-Container verwenden Sie stattdessen spec.restartPolicy des Pods.</translation>
    </message>
    <message>
        <source>Init containers accept only restartPolicy: Always</source>
        <translation>Init-Container akzeptieren nur restartPolicy: Always</translation>
    </message>
    <message>
        <source>On an init container, restartPolicy: Always turns it into a sidecar that keeps running beside the app; no other value is allowed. Remove the field for an ordinary init container.</source>
        <translation>Bei einem Init-Container macht restartPolicy: Always daraus einen Sidecar, der neben der Anwendung weiterläuft; andere Werte sind nicht erlaubt. Für einen gewöhnlichen Init-Container entfernen Sie das Feld.</translation>
    </message>
    <message>
        <source>Probes and lifecycle hooks need a sidecar</source>
        <translation>Probes und Lifecycle-Hooks brauchen einen Sidecar</translation>
    </message>
    <message>
        <source>An ordinary init container runs once to completion, so probes and lifecycle hooks make no sense on it. Remove them, or add restartPolicy: Always to make it a sidecar.</source>
        <translation>Ein gewöhnlicher Init-Container läuft einmal bis zum Ende, daher sind Probes und Lifecycle-Hooks an ihm sinnlos. Entfernen Sie sie oder fügen Sie restartPolicy: Always hinzu, um ihn zum Sidecar zu machen.</translation>
    </message>
    <message>
        <source>Ports need a containerPort</source>
        <translation>Ports brauchen einen containerPort</translation>
    </message>
    <message>
        <source>Each entry of ports must say which port the container listens on, e.g. containerPort: 80.</source>
        <translation>Jeder Eintrag unter ports muss angeben, auf welchem Port der Container lauscht, z. B. containerPort: 80.</translation>
    </message>
    <message>
        <source>Port numbers are 1 to 65535</source>
        <translation>Portnummern liegen zwischen 1 und 65535</translation>
    </message>
    <message>
        <source>containerPort and hostPort must be between 1 and 65535. Use the port your program actually listens on.</source>
        <translation>containerPort und hostPort müssen zwischen 1 und 65535 liegen. Verwenden Sie den Port, auf dem Ihr Programm tatsächlich lauscht.</translation>
    </message>
    <message>
        <source>Port names must be IANA service names</source>
        <translation>Port-Namen müssen IANA-Dienstnamen sein</translation>
    </message>
    <message>
        <source>A port name is at most 15 lowercase letters, digits and &quot;-&quot;, with at least one letter, no &quot;--&quot; and no &quot;-&quot; at either end, e.g. &quot;http&quot; or &quot;metrics&quot;.</source>
        <translation>Ein Port-Name besteht aus höchstens 15 Kleinbuchstaben, Ziffern und &quot;-&quot;, mit mindestens einem Buchstaben, ohne &quot;--&quot; und ohne &quot;-&quot; am Anfang oder Ende, z. B. &quot;http&quot; oder &quot;metrics&quot;.</translation>
    </message>
    <message>
        <source>Port names must be unique in a container</source>
        <translation>Port-Namen müssen innerhalb eines Containers eindeutig sein</translation>
    </message>
    <message>
        <source>Two ports of the same container have the same name, so a Service or probe could not tell them apart. Rename one.</source>
        <translation>Zwei Ports desselben Containers haben denselben Namen, sodass ein Service oder eine Probe sie nicht unterscheiden könnte. Benennen Sie einen um.</translation>
    </message>
    <message>
        <source>Port protocol is TCP, UDP or SCTP</source>
        <translation>Das Port-Protokoll ist TCP, UDP oder SCTP</translation>
    </message>
    <message>
        <source>protocol must be TCP (the default), UDP or SCTP, in capitals.</source>
        <translation>protocol muss TCP (Standard), UDP oder SCTP sein, in Großbuchstaben.</translation>
    </message>
    <message>
        <source>Host ports may not collide</source>
        <translation>Host-Ports dürfen nicht kollidieren</translation>
    </message>
    <message>
        <source>Two containers ask for the same hostPort with the same protocol and hostIP; only one process can bind it. Use different host ports or drop hostPort.</source>
        <translation>Zwei Container verlangen denselben hostPort mit demselben Protokoll und derselben hostIP; nur ein Prozess kann ihn belegen. Verwenden Sie verschiedene Host-Ports oder lassen Sie hostPort weg.</translation>
    </message>
    <message>
        <source>With hostNetwork, hostPort must equal containerPort</source>
        <translation>Mit hostNetwork muss hostPort gleich containerPort sein</translation>
    </message>
    <message>
        <source>A pod on the host network listens directly on the host, so hostPort cannot differ from containerPort. Remove hostPort or make them equal.</source>
        <translation>Ein Pod im Host-Netzwerk lauscht direkt auf dem Host, daher kann hostPort nicht von containerPort abweichen. Entfernen Sie hostPort oder setzen Sie beide gleich.</translation>
    </message>
    <message>
        <source>Environment variables need a name</source>
        <translation>Umgebungsvariablen brauchen einen Namen</translation>
    </message>
    <message>
        <source>Each env entry needs a name, e.g. name: LOG_LEVEL.</source>
        <translation>Jeder env-Eintrag braucht einen Namen, z. B. name: LOG_LEVEL.</translation>
    </message>
    <message>
        <source>Environment variable names have a restricted format</source>
        <translation>Namen von Umgebungsvariablen haben ein eingeschränktes Format</translation>
    </message>
    <message>
        <source>Use letters, digits, &quot;_&quot;, &quot;-&quot; and &quot;.&quot;, not starting with a digit, e.g. &quot;DB_HOST&quot;. Names may not be &quot;.&quot; or start with &quot;..&quot;.</source>
        <translation>Verwenden Sie Buchstaben, Ziffern, &quot;_&quot;, &quot;-&quot; und &quot;.&quot;, nicht mit einer Ziffer am Anfang, z. B. &quot;DB_HOST&quot;. Namen dürfen nicht &quot;.&quot; sein oder mit &quot;..&quot; beginnen.</translation>
    </message>
    <message>
        <source>valueFrom needs exactly one source, without value</source>
        <translation>valueFrom braucht genau eine Quelle, ohne value</translation>
    </message>
    <message>
        <source>valueFrom takes exactly one of fieldRef, resourceFieldRef, configMapKeyRef or secretKeyRef, and cannot be combined with a non-empty value.</source>
        <translation>valueFrom nimmt genau eines von fieldRef, resourceFieldRef, configMapKeyRef oder secretKeyRef und lässt sich nicht mit einem nicht leeren value kombinieren.</translation>
    </message>
    <message>
        <source>fieldRef must name a supported pod field</source>
        <translation>fieldRef muss ein unterstütztes Pod-Feld nennen</translation>
    </message>
    <message>
        <source>fieldRef exposes a pod field such as metadata.name, metadata.namespace, spec.nodeName or status.podIP (apiVersion v1). Labels and annotations need a key: metadata.labels[&apos;app&apos;].</source>
        <translation>fieldRef stellt ein Pod-Feld bereit, etwa metadata.name, metadata.namespace, spec.nodeName oder status.podIP (apiVersion v1). Labels und Annotations brauchen einen Schlüssel: metadata.labels[&apos;app&apos;].</translation>
    </message>
    <message>
        <source>resourceFieldRef must name a container resource</source>
        <translation>resourceFieldRef muss eine Container-Ressource nennen</translation>
    </message>
    <message>
        <source>resourceFieldRef exposes a container&apos;s requests or limits: limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory or requests.ephemeral-storage.</source>
        <translation>resourceFieldRef stellt die Requests oder Limits eines Containers bereit: limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory oder requests.ephemeral-storage.</translation>
    </message>
    <message>
        <source>configMapKeyRef and secretKeyRef need a name and a valid key</source>
        <translation>configMapKeyRef und secretKeyRef brauchen einen Namen und einen gültigen Schlüssel</translation>
    </message>
    <message>
        <source>A key reference names the ConfigMap or Secret (a DNS subdomain) and the key inside it (letters, digits, &quot;-&quot;, &quot;_&quot;, &quot;.&quot;).</source>
        <translation>Ein Schlüsselverweis nennt die ConfigMap oder das Secret (eine DNS-Subdomain) und den Schlüssel darin (Buchstaben, Ziffern, &quot;-&quot;, &quot;_&quot;, &quot;.&quot;).</translation>
    </message>
    <message>
        <source>envFrom entries need one valid source</source>
        <translation>envFrom-Einträge brauchen eine gültige Quelle</translation>
    </message>
    <message>
        <source>Each envFrom entry imports every key of one configMapRef or secretRef (with a valid name); an optional prefix must itself be a valid variable name.</source>
        <translation>Jeder envFrom-Eintrag übernimmt alle Schlüssel einer configMapRef oder secretRef (mit gültigem Namen); ein optionales prefix muss selbst ein gültiger Variablenname sein.</translation>
    </message>
    <message>
        <source>Volumes need a name</source>
        <translation>Volumes brauchen einen Namen</translation>
    </message>
    <message>
        <source>Each volume needs a name that volumeMounts refer to, e.g. &quot;data&quot;.</source>
        <translation>Jedes Volume braucht einen Namen, auf den sich volumeMounts beziehen, z. B. &quot;data&quot;.</translation>
    </message>
    <message>
        <source>Volume names must be DNS labels</source>
        <translation>Volume-Namen müssen DNS-Labels sein</translation>
    </message>
    <message>
        <source>A volume name may contain only lowercase letters, digits and &quot;-&quot;, start and end with a letter or digit, and be at most 63 characters.</source>
        <translation>Ein Volume-Name darf nur Kleinbuchstaben, Ziffern und &quot;-&quot; enthalten, muss mit einem Buchstaben oder einer Ziffer beginnen und enden und darf höchstens 63 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Volume names must be unique</source>
        <translation>Volume-Namen müssen eindeutig sein</translation>
    </message>
    <message>
        <source>Two volumes of the pod have the same name, so a mount could not say which it means. Rename one.</source>
        <translation>Zwei Volumes des Pods haben denselben Namen, sodass ein Mount nicht angeben könnte, welches gemeint ist. Benennen Sie eines um.</translation>
    </message>
    <message>
        <source>A volume needs a type</source>
        <translation>Ein Volume braucht einen Typ</translation>
    </message>
    <message>
        <source>A volume must say what it is: emptyDir: {}, hostPath, configMap, secret, persistentVolumeClaim, projected, downwardAPI...</source>
        <translation>Ein Volume muss angeben, was es ist: emptyDir: {}, hostPath, configMap, secret, persistentVolumeClaim, projected, downwardAPI …</translation>
    </message>
    <message>
        <source>A volume has exactly one type</source>
        <translation>Ein Volume hat genau einen Typ</translation>
    </message>
    <message>
        <source>Each volume entry may have only one source (e.g. emptyDir or configMap, not both). Split it into two volumes.</source>
        <translation>Jeder Volume-Eintrag darf nur eine Quelle haben (z. B. emptyDir oder configMap, nicht beides). Teilen Sie ihn in zwei Volumes auf.</translation>
    </message>
    <message>
        <source>configMap, secret and PVC volumes must name their object</source>
        <translation>configMap-, secret- und PVC-Volumes müssen ihr Objekt nennen</translation>
    </message>
    <message>
        <source>A configMap volume needs name, a secret volume needs secretName, and a persistentVolumeClaim volume needs claimName.</source>
        <translation>Ein configMap-Volume braucht name, ein secret-Volume secretName und ein persistentVolumeClaim-Volume claimName.</translation>
    </message>
    <message>
        <source>hostPath needs a path without &quot;..&quot;</source>
        <translation>hostPath braucht einen Pfad ohne &quot;..&quot;</translation>
    </message>
    <message>
        <source>hostPath.path is the directory or file on the node to mount; it is required and may not contain &quot;..&quot;.</source>
        <translation>hostPath.path ist das Verzeichnis oder die Datei auf dem Node, die eingehängt wird; es ist Pflicht und darf kein &quot;..&quot; enthalten.</translation>
    </message>
    <message>
        <source>hostPath type has fixed values</source>
        <translation>Der hostPath-Typ hat feste Werte</translation>
    </message>
    <message>
        <source>hostPath.type is &quot;&quot;, DirectoryOrCreate, Directory, FileOrCreate, File, Socket, CharDevice or BlockDevice.</source>
        <translation>hostPath.type ist &quot;&quot;, DirectoryOrCreate, Directory, FileOrCreate, File, Socket, CharDevice oder BlockDevice.</translation>
    </message>
    <message>
        <source>File modes are 0 to 0777</source>
        <translation>Dateimodi liegen zwischen 0 und 0777</translation>
    </message>
    <message>
        <source>defaultMode and mode are Unix permission bits between 0 and 0777. In YAML write them in octal with a leading 0 (0644) or in decimal (420).</source>
        <translation>defaultMode und mode sind Unix-Berechtigungsbits zwischen 0 und 0777. Schreiben Sie sie im YAML oktal mit führender 0 (0644) oder dezimal (420).</translation>
    </message>
    <message>
        <source>Volume items need a key and a relative path</source>
        <translation>Volume-Items brauchen einen Schlüssel und einen relativen Pfad</translation>
    </message>
    <message>
        <source>Each item maps a key to a file path inside the volume; the path must be relative and may not contain &quot;..&quot;.</source>
        <translation>Jedes Item ordnet einen Schlüssel einem Dateipfad im Volume zu; der Pfad muss relativ sein und darf kein &quot;..&quot; enthalten.</translation>
    </message>
    <message>
        <source>Projected sources must be distinct</source>
        <translation>Projected-Quellen müssen eindeutig sein</translation>
    </message>
    <message>
        <source>Each source of a projected volume has exactly one type, files may not share a path, and a serviceAccountToken needs a relative path.</source>
        <translation>Jede Quelle eines projected-Volumes hat genau einen Typ, Dateien dürfen sich keinen Pfad teilen, und ein serviceAccountToken braucht einen relativen Pfad.</translation>
    </message>
    <message>
        <source>Token expiration is 10 minutes to 2^32 seconds</source>
        <translation>Die Token-Gültigkeit liegt zwischen 10 Minuten und 2^32 Sekunden</translation>
    </message>
    <message>
        <source>serviceAccountToken.expirationSeconds must be at least 600 (10 minutes) and at most 4294967296.</source>
        <translation>serviceAccountToken.expirationSeconds muss mindestens 600 (10 Minuten) und höchstens 4294967296 sein.</translation>
    </message>
    <message>
        <source>downwardAPI items need a path and one field</source>
        <translation>downwardAPI-Items brauchen einen Pfad und ein Feld</translation>
    </message>
    <message>
        <source>Each downwardAPI item needs a relative path and exactly one of fieldRef (metadata.name, labels, annotations...) or resourceFieldRef (with containerName).</source>
        <translation>Jedes downwardAPI-Item braucht einen relativen Pfad und genau eines von fieldRef (metadata.name, Labels, Annotations …) oder resourceFieldRef (mit containerName).</translation>
    </message>
    <message>
        <source>Volume mounts need a name</source>
        <translation>Volume-Mounts brauchen einen Namen</translation>
    </message>
    <message>
        <source>A volumeMount says which volume to mount by its name.</source>
        <translation>Ein volumeMount gibt über dessen Namen an, welches Volume eingehängt wird.</translation>
    </message>
    <message>
        <source>Mounts must name a volume of the pod</source>
        <translation>Mounts müssen ein Volume des Pods nennen</translation>
    </message>
    <message>
        <source>The mount names a volume that spec.volumes does not define (or defines with errors). Add the volume or fix the name.</source>
        <translation>Der Mount nennt ein Volume, das spec.volumes nicht (oder nur fehlerhaft) definiert. Fügen Sie das Volume hinzu oder korrigieren Sie den Namen.</translation>
    </message>
    <message>
        <source>Volume mounts need a mountPath</source>
        <translation>Volume-Mounts brauchen einen mountPath</translation>
    </message>
    <message>
        <source>mountPath is where the volume appears inside the container, e.g. /data.</source>
        <translation>mountPath ist die Stelle, an der das Volume im Container erscheint, z. B. /data.</translation>
    </message>
    <message>
        <source>mountPath must be unique in a container</source>
        <translation>mountPath muss innerhalb eines Containers eindeutig sein</translation>
    </message>
    <message>
        <source>Two mounts of the same container use the same mountPath; only one can be there. Change one path.</source>
        <translation>Zwei Mounts desselben Containers verwenden denselben mountPath; dort kann nur einer sein. Ändern Sie einen der Pfade.</translation>
    </message>
    <message>
        <source>subPath must be relative, without &quot;..&quot;</source>
        <translation>subPath muss relativ sein, ohne &quot;..&quot;</translation>
    </message>
    <message>
        <source>subPath (or subPathExpr, but not both) selects a directory inside the volume; it must be a relative path without &quot;..&quot;.</source>
        <translation>subPath (oder subPathExpr, aber nicht beides) wählt ein Verzeichnis im Volume; es muss ein relativer Pfad ohne &quot;..&quot; sein.</translation>
    </message>
    <message>
        <source>mountPropagation has three values</source>
        <translation>mountPropagation hat drei Werte</translation>
    </message>
    <message>
        <source>mountPropagation is None, HostToContainer or Bidirectional; Bidirectional also needs a privileged container.</source>
        <translation>mountPropagation ist None, HostToContainer oder Bidirectional; Bidirectional braucht außerdem einen privilegierten Container.</translation>
    </message>
    <message>
        <source>Probes and hooks need a handler</source>
        <translation>Probes und Hooks brauchen einen Handler</translation>
    </message>
    <message>
        <source>A probe or lifecycle hook must say how to check: exec, httpGet, tcpSocket or grpc (hooks: exec, httpGet, tcpSocket or sleep).</source>
        <translation>Eine Probe oder ein Lifecycle-Hook muss angeben, wie geprüft wird: exec, httpGet, tcpSocket oder grpc (Hooks: exec, httpGet, tcpSocket oder sleep).</translation>
    </message>
    <message>
        <source>Probes and hooks have exactly one handler</source>
        <translation>Probes und Hooks haben genau einen Handler</translation>
    </message>
    <message>
        <source>Use only one of exec, httpGet, tcpSocket, grpc (or sleep for hooks) in a probe or hook.</source>
        <translation>Verwenden Sie in einer Probe oder einem Hook nur eines von exec, httpGet, tcpSocket, grpc (oder sleep bei Hooks).</translation>
    </message>
    <message>
        <source>exec handlers need a command</source>
        <translation>exec-Handler brauchen ein command</translation>
    </message>
    <message>
        <source>exec.command is the program to run, as a list, e.g. [&quot;cat&quot;, &quot;/tmp/healthy&quot;].</source>
        <translation>exec.command ist das auszuführende Programm, als Liste, z. B. [&quot;cat&quot;, &quot;/tmp/healthy&quot;].</translation>
    </message>
    <message>
        <source>Probe ports are numbers or port names</source>
        <translation>Probe-Ports sind Nummern oder Port-Namen</translation>
    </message>
    <message>
        <source>A probe port is a number from 1 to 65535 or the name of a container port, e.g. 8080 or &quot;http&quot;.</source>
        <translation>Ein Probe-Port ist eine Zahl von 1 bis 65535 oder der Name eines Container-Ports, z. B. 8080 oder &quot;http&quot;.</translation>
    </message>
    <message>
        <source>httpGet scheme is HTTP or HTTPS</source>
        <translation>Das httpGet-scheme ist HTTP oder HTTPS</translation>
    </message>
    <message>
        <source>scheme is HTTP (the default) or HTTPS, in capitals.</source>
        <translation>scheme ist HTTP (Standard) oder HTTPS, in Großbuchstaben.</translation>
    </message>
    <message>
        <source>HTTP header names have a restricted format</source>
        <translation>HTTP-Header-Namen haben ein eingeschränktes Format</translation>
    </message>
    <message>
        <source>httpHeaders names may contain only letters, digits and &quot;-&quot;, e.g. &quot;X-Custom-Header&quot;.</source>
        <translation>Namen in httpHeaders dürfen nur Buchstaben, Ziffern und &quot;-&quot; enthalten, z. B. &quot;X-Custom-Header&quot;.</translation>
    </message>
    <message>
        <source>Probe timings may not be negative</source>
        <translation>Probe-Zeiten dürfen nicht negativ sein</translation>
    </message>
    <message>
        <source>initialDelaySeconds, timeoutSeconds, periodSeconds and the thresholds must be 0 or more (0 takes the default); a probe&apos;s terminationGracePeriodSeconds must be above 0 and is not allowed on readiness probes.</source>
        <translation>initialDelaySeconds, timeoutSeconds, periodSeconds und die Schwellwerte müssen 0 oder größer sein (0 bedeutet Standardwert); terminationGracePeriodSeconds einer Probe muss größer als 0 sein und ist bei Readiness-Probes nicht erlaubt.</translation>
    </message>
    <message>
        <source>Liveness and startup probes need successThreshold 1</source>
        <translation>Liveness- und Startup-Probes brauchen successThreshold 1</translation>
    </message>
    <message>
        <source>A liveness or startup probe counts one success as healthy, so successThreshold must be 1. Only readiness probes may ask for more.</source>
        <translation>Eine Liveness- oder Startup-Probe wertet schon einen Erfolg als gesund, daher muss successThreshold 1 sein. Nur Readiness-Probes dürfen mehr verlangen.</translation>
    </message>
    <message>
        <source>A sleep hook must fit in the grace period</source>
        <translation>Ein sleep-Hook muss in die Schonfrist passen</translation>
    </message>
    <message>
        <source>lifecycle sleep.seconds must be 0 or more and no longer than the pod&apos;s terminationGracePeriodSeconds, or the container is killed mid-sleep.</source>
        <translation>lifecycle sleep.seconds muss 0 oder größer sein und darf terminationGracePeriodSeconds des Pods nicht überschreiten, sonst wird der Container mitten im Schlaf beendet.</translation>
    </message>
    <message>
        <source>Resource names must be known or fully qualified</source>
        <translation>Ressourcennamen müssen bekannt oder voll qualifiziert sein</translation>
    </message>
    <message>
        <source>Containers request cpu, memory, ephemeral-storage or hugepages-&lt;size&gt;; any other resource needs a domain, e.g. &quot;nvidia.com/gpu&quot;.</source>
        <translation>Container fordern cpu, memory, ephemeral-storage oder hugepages-&lt;size&gt; an; jede andere Ressource braucht eine Domain, z. B. &quot;nvidia.com/gpu&quot;.</translation>
    </message>
    <message>
        <source>Quantities must be Kubernetes quantities</source>
        <translation>Mengen müssen Kubernetes-Mengenangaben sein</translation>
    </message>
    <message>
        <source>Write a number with an optional suffix: cpu as &quot;500m&quot; or &quot;0.5&quot;, memory as &quot;128Mi&quot; or &quot;1Gi&quot; (binary) or &quot;100M&quot; (decimal). Units like &quot;MB&quot; or &quot;1K&quot; are not accepted.</source>
        <translation>Schreiben Sie eine Zahl mit optionalem Suffix: cpu als &quot;500m&quot; oder &quot;0.5&quot;, memory als &quot;128Mi&quot; oder &quot;1Gi&quot; (binär) oder &quot;100M&quot; (dezimal). Einheiten wie &quot;MB&quot; oder &quot;1K&quot; werden nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Quantities may not be negative</source>
        <translation>Mengen dürfen nicht negativ sein</translation>
    </message>
    <message>
        <source>A request or limit below zero means nothing; use a positive amount.</source>
        <translation>Ein Request oder Limit unter null ergibt keinen Sinn; verwenden Sie eine positive Menge.</translation>
    </message>
    <message>
        <source>Extended resources come in whole units</source>
        <translation>Erweiterte Ressourcen gibt es nur in ganzen Einheiten</translation>
    </message>
    <message>
        <source>Devices such as GPUs cannot be split: request whole numbers like &quot;1&quot;, not &quot;500m&quot;.</source>
        <translation>Geräte wie GPUs lassen sich nicht aufteilen: Fordern Sie ganze Zahlen wie &quot;1&quot; an, nicht &quot;500m&quot;.</translation>
    </message>
    <message>
        <source>Requests may not exceed limits</source>
        <translation>Requests dürfen Limits nicht überschreiten</translation>
    </message>
    <message>
        <source>A request is what the container is guaranteed, a limit the most it may use: the request must be less than or equal to the limit. Lower the request or raise the limit.</source>
        <translation>Ein Request ist das, was dem Container garantiert wird, ein Limit das Höchste, was er verbrauchen darf: Der Request muss kleiner oder gleich dem Limit sein. Senken Sie den Request oder erhöhen Sie das Limit.</translation>
    </message>
    <message>
        <source>Non-overcommittable resources need request == limit</source>
        <translation>Nicht überbuchbare Ressourcen brauchen Request == Limit</translation>
    </message>
    <message>
        <source>Huge pages and extended resources (GPUs...) cannot be shared, so their request must equal their limit.</source>
        <translation>Huge Pages und erweiterte Ressourcen (GPUs …) lassen sich nicht teilen, daher muss ihr Request gleich ihrem Limit sein.</translation>
    </message>
    <message>
        <source>Non-overcommittable resources need a limit</source>
        <translation>Nicht überbuchbare Ressourcen brauchen ein Limit</translation>
    </message>
    <message>
        <source>Requesting huge pages or an extended resource (e.g. a GPU) requires the same amount as a limit.</source>
        <translation>Wer Huge Pages oder eine erweiterte Ressource (z. B. eine GPU) anfordert, muss dieselbe Menge als Limit angeben.</translation>
    </message>
    <message>
        <source>restartPolicy is Always, OnFailure or Never</source>
        <translation>restartPolicy ist Always, OnFailure oder Never</translation>
    </message>
    <message>
        <source>spec.restartPolicy says what happens when a container exits: Always (default, for servers), OnFailure or Never (for jobs).</source>
        <translation>spec.restartPolicy legt fest, was geschieht, wenn ein Container endet: Always (Standard, für Server), OnFailure oder Never (für Jobs).</translation>
    </message>
    <message>
        <source>dnsPolicy has four values</source>
        <translation>dnsPolicy hat vier Werte</translation>
    </message>
    <message>
        <source>dnsPolicy is ClusterFirst (default), ClusterFirstWithHostNet, Default or None.</source>
        <translation>dnsPolicy ist ClusterFirst (Standard), ClusterFirstWithHostNet, Default oder None.</translation>
    </message>
    <message>
        <source>dnsConfig must be usable</source>
        <translation>dnsConfig muss verwendbar sein</translation>
    </message>
    <message>
        <source>dnsPolicy None needs dnsConfig with at least one nameserver; at most 3 nameservers (IP addresses) and 32 search domains are allowed, and each option needs a name.</source>
        <translation>dnsPolicy None braucht eine dnsConfig mit mindestens einem Nameserver; erlaubt sind höchstens 3 Nameserver (IP-Adressen) und 32 Suchdomains, und jede Option braucht einen Namen.</translation>
    </message>
    <message>
        <source>nodeSelector entries are labels</source>
        <translation>nodeSelector-Einträge sind Labels</translation>
    </message>
    <message>
        <source>nodeSelector matches node labels, so its keys and values follow the label rules.</source>
        <translation>nodeSelector vergleicht Node-Labels, daher folgen seine Schlüssel und Werte den Regeln für Labels.</translation>
    </message>
    <message>
        <source>terminationGracePeriodSeconds must be 0 or more</source>
        <translation>terminationGracePeriodSeconds muss 0 oder größer sein</translation>
    </message>
    <message>
        <source>This is how many seconds a container gets to shut down after SIGTERM; it cannot be negative.</source>
        <translation>So viele Sekunden hat ein Container nach SIGTERM Zeit, sich zu beenden; der Wert kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>activeDeadlineSeconds must be positive</source>
        <translation>activeDeadlineSeconds muss positiv sein</translation>
    </message>
    <message>
        <source>activeDeadlineSeconds limits how long the pod may run, from 1 to 2147483647 seconds.</source>
        <translation>activeDeadlineSeconds begrenzt, wie lange der Pod laufen darf, von 1 bis 2147483647 Sekunden.</translation>
    </message>
    <message>
        <source>Service account names must be DNS subdomains</source>
        <translation>Service-Account-Namen müssen DNS-Subdomains sein</translation>
    </message>
    <message>
        <source>serviceAccountName uses lowercase letters, digits, &quot;-&quot; and &quot;.&quot;; leave it out to use &quot;default&quot;.</source>
        <translation>serviceAccountName besteht aus Kleinbuchstaben, Ziffern, &quot;-&quot; und &quot;.&quot;; lassen Sie es weg, um &quot;default&quot; zu verwenden.</translation>
    </message>
    <message>
        <source>hostname and subdomain must be DNS labels</source>
        <translation>hostname und subdomain müssen DNS-Labels sein</translation>
    </message>
    <message>
        <source>spec.hostname and spec.subdomain may contain only lowercase letters, digits and &quot;-&quot;, at most 63 characters.</source>
        <translation>spec.hostname und spec.subdomain dürfen nur Kleinbuchstaben, Ziffern und &quot;-&quot; enthalten, höchstens 63 Zeichen.</translation>
    </message>
    <message>
        <source>hostAliases need an IP and valid host names</source>
        <translation>hostAliases brauchen eine IP und gültige Hostnamen</translation>
    </message>
    <message>
        <source>Each hostAliases entry adds a line to /etc/hosts: a valid IP address and hostnames that are DNS subdomains.</source>
        <translation>Jeder hostAliases-Eintrag fügt /etc/hosts eine Zeile hinzu: eine gültige IP-Adresse und Hostnamen, die DNS-Subdomains sind.</translation>
    </message>
    <message>
        <source>Tolerations must be well formed</source>
        <translation>Tolerations müssen wohlgeformt sein</translation>
    </message>
    <message>
        <source>operator is Equal (default) or Exists; Exists takes no value and is required when key is empty; effect is NoSchedule, PreferNoSchedule or NoExecute, and tolerationSeconds needs NoExecute.</source>
        <translation>operator ist Equal (Standard) oder Exists; Exists nimmt keinen value und ist Pflicht, wenn key leer ist; effect ist NoSchedule, PreferNoSchedule oder NoExecute, und tolerationSeconds braucht NoExecute.</translation>
    </message>
    <message>
        <source>Affinity terms must be well formed</source>
        <translation>Affinity-Terme müssen wohlgeformt sein</translation>
    </message>
    <message>
        <source>Node selector requirements need a key, an operator (In, NotIn, Exists, DoesNotExist, Gt, Lt) and values that fit it; weights are 1 to 100; required node affinity needs at least one term.</source>
        <translation>Node-Selector-Bedingungen brauchen einen key, einen operator (In, NotIn, Exists, DoesNotExist, Gt, Lt) und dazu passende values; Gewichte liegen zwischen 1 und 100; eine verpflichtende Node-Affinity braucht mindestens einen Term.</translation>
    </message>
    <message>
        <source>Pod (anti-)affinity needs a topologyKey</source>
        <translation>Pod-(Anti-)Affinity braucht einen topologyKey</translation>
    </message>
    <message>
        <source>topologyKey says what &quot;near&quot; means, e.g. kubernetes.io/hostname (same node) or topology.kubernetes.io/zone (same zone).</source>
        <translation>topologyKey legt fest, was &quot;nah&quot; bedeutet, z. B. kubernetes.io/hostname (derselbe Node) oder topology.kubernetes.io/zone (dieselbe Zone).</translation>
    </message>
    <message>
        <source>Label selectors must be well formed</source>
        <translation>Label-Selektoren müssen wohlgeformt sein</translation>
    </message>
    <message>
        <source>matchLabels are labels; matchExpressions need a key, an operator (In, NotIn, Exists, DoesNotExist) and values only for In/NotIn.</source>
        <translation>matchLabels sind Labels; matchExpressions brauchen einen key, einen operator (In, NotIn, Exists, DoesNotExist) und values nur bei In/NotIn.</translation>
    </message>
    <message>
        <source>Topology spread constraints must be complete</source>
        <translation>Topology-Spread-Constraints müssen vollständig sein</translation>
    </message>
    <message>
        <source>Each constraint needs maxSkew of 1 or more, a topologyKey, and whenUnsatisfiable DoNotSchedule or ScheduleAnyway; the same key/action pair may appear only once.</source>
        <translation>Jede Constraint braucht maxSkew von 1 oder mehr, einen topologyKey und whenUnsatisfiable DoNotSchedule oder ScheduleAnyway; dasselbe Paar aus Schlüssel und Aktion darf nur einmal vorkommen.</translation>
    </message>
    <message>
        <source>securityContext values must be in range</source>
        <translation>securityContext-Werte müssen im gültigen Bereich liegen</translation>
    </message>
    <message>
        <source>User and group IDs are 0 to 4294967295; allowPrivilegeEscalation: false conflicts with privileged: true and with adding CAP_SYS_ADMIN; procMount is Default or Unmasked.</source>
        <translation>Benutzer- und Gruppen-IDs liegen zwischen 0 und 4294967295; allowPrivilegeEscalation: false widerspricht privileged: true und dem Hinzufügen von CAP_SYS_ADMIN; procMount ist Default oder Unmasked.</translation>
    </message>
    <message>
        <source>sysctl names must be valid and unique</source>
        <translation>sysctl-Namen müssen gültig und eindeutig sein</translation>
    </message>
    <message>
        <source>Each sysctl needs a name like net.ipv4.ip_local_port_range, listed once; net.* sysctls cannot be set on a hostNetwork pod.</source>
        <translation>Jedes sysctl braucht einen Namen wie net.ipv4.ip_local_port_range und darf nur einmal vorkommen; net.*-sysctls lassen sich bei einem Pod mit hostNetwork nicht setzen.</translation>
    </message>
    <message>
        <source>seccompProfile must be complete</source>
        <translation>seccompProfile muss vollständig sein</translation>
    </message>
    <message>
        <source>seccompProfile.type is RuntimeDefault, Unconfined or Localhost; only Localhost takes (and needs) a relative localhostProfile.</source>
        <translation>seccompProfile.type ist RuntimeDefault, Unconfined oder Localhost; nur Localhost nimmt (und braucht) ein relatives localhostProfile.</translation>
    </message>
    <message>
        <source>Native sidecars do not start under plain kube play</source>
        <translation>Native Sidecars starten mit einfachem kube play nicht</translation>
    </message>
    <message>
        <source>Podman 4.3 treats an init container with restartPolicy: Always as an ordinary init container and waits for it to exit, so the app containers stay Created. Podwright starts such sidecars itself when it runs the pod; with plain `podman kube play` remove the restartPolicy or run the sidecar as an app container.</source>
        <translation>Podman 4.3 behandelt einen Init-Container mit restartPolicy: Always wie einen gewöhnlichen Init-Container und wartet, bis er endet; die Anwendungs-Container bleiben daher im Zustand Created. Podwright startet solche Sidecars selbst, wenn es den Pod ausführt; für ein einfaches `podman kube play` entfernen Sie die restartPolicy oder führen den Sidecar als Anwendungs-Container aus.</translation>
    </message>
    <message>
        <source>Readiness probes are not run locally</source>
        <translation>Readiness-Probes laufen lokal nicht</translation>
    </message>
    <message>
        <source>Podman 4.3 ignores readinessProbe, so a local pod counts as ready at once. The probe still matters on a cluster.</source>
        <translation>Podman 4.3 ignoriert readinessProbe, daher gilt ein lokaler Pod sofort als bereit. Auf einem Cluster ist die Probe trotzdem wichtig.</translation>
    </message>
    <message>
        <source>Startup probes are not run locally</source>
        <translation>Startup-Probes laufen lokal nicht</translation>
    </message>
    <message>
        <source>Podman 4.3 ignores startupProbe; liveness checks (where they run) start immediately.</source>
        <translation>Podman 4.3 ignoriert startupProbe; Liveness-Prüfungen (wo sie laufen) beginnen sofort.</translation>
    </message>
    <message>
        <source>Liveness probes need systemd locally</source>
        <translation>Liveness-Probes brauchen lokal systemd</translation>
    </message>
    <message>
        <source>Podman turns a livenessProbe into a health check run by systemd timers; on a machine without systemd it never runs and a hung container is not restarted.</source>
        <translation>Podman macht aus einer livenessProbe einen Health-Check, den systemd-Timer ausführen; auf einem Rechner ohne systemd läuft er nie, und ein hängender Container wird nicht neu gestartet.</translation>
    </message>
    <message>
        <source>Scheduling rules do not apply to a local pod</source>
        <translation>Scheduling-Regeln gelten nicht für einen lokalen Pod</translation>
    </message>
    <message>
        <source>nodeSelector, affinity, tolerations and topologySpreadConstraints choose a node on a cluster; `podman kube play` runs the pod on this machine, so they have no effect locally.</source>
        <translation>nodeSelector, affinity, tolerations und topologySpreadConstraints wählen auf einem Cluster einen Node aus; `podman kube play` führt den Pod auf diesem Rechner aus, lokal wirken sie also nicht.</translation>
    </message>
    <message>
        <source>A PersistentVolumeClaim becomes a Podman volume</source>
        <translation>Ein PersistentVolumeClaim wird zu einem Podman-Volume</translation>
    </message>
    <message>
        <source>There is no storage class locally: Podman mounts a named Podman volume with the claim&apos;s name, creating it if needed. Its data stays on this machine.</source>
        <translation>Lokal gibt es keine Storage-Class: Podman hängt ein benanntes Podman-Volume mit dem Namen des Claims ein und legt es bei Bedarf an. Seine Daten bleiben auf diesem Rechner.</translation>
    </message>
    <message>
        <source>ConfigMaps must be in the same file</source>
        <translation>ConfigMaps müssen in derselben Datei stehen</translation>
    </message>
    <message>
        <source>A cluster looks the ConfigMap up by name; `podman kube play` only knows the ones in the YAML it plays (or passed with --configmap) and otherwise fails with &quot;no such ConfigMap&quot;. Add the ConfigMap to this file or mark the volume optional.</source>
        <translation>Ein Cluster sucht die ConfigMap über ihren Namen; `podman kube play` kennt nur die im abgespielten YAML (oder mit --configmap übergebenen) und scheitert sonst mit &quot;no such ConfigMap&quot;. Fügen Sie die ConfigMap dieser Datei hinzu oder markieren Sie das Volume als optional.</translation>
    </message>
    <message>
        <source>Projected, downwardAPI and network volumes do not work locally</source>
        <translation>Projected-, downwardAPI- und Netzwerk-Volumes funktionieren lokal nicht</translation>
    </message>
    <message>
        <source>Podman 4.3 kube play refuses every volume except hostPath, configMap, emptyDir, persistentVolumeClaim and secret (&quot;HostPath, ConfigMap, EmptyDir, and PersistentVolumeClaim are currently the only supported VolumeSource&quot;), so the pod does not start. Use an emptyDir or a configMap to try the pod locally.</source>
        <translation>Podman 4.3 kube play lehnt jedes Volume außer hostPath, configMap, emptyDir, persistentVolumeClaim und secret ab (&quot;HostPath, ConfigMap, EmptyDir, and PersistentVolumeClaim are currently the only supported VolumeSource&quot;), daher startet der Pod nicht. Verwenden Sie ein emptyDir oder eine configMap, um den Pod lokal auszuprobieren.</translation>
    </message>
    <message>
        <source>Secret volumes come from Podman&apos;s own secrets</source>
        <translation>Secret-Volumes kommen aus Podmans eigenen Secrets</translation>
    </message>
    <message>
        <source>Podman 4.3 reads a secret volume from its own secret store (podman secret create), not from a Secret in the manifest, and crashed (nil pointer in VolumeFromSecret) on secret volumes when tried. Prefer a configMap volume for local runs of non-sensitive data.</source>
        <translation>Podman 4.3 liest ein secret-Volume aus seinem eigenen Secret-Speicher (podman secret create), nicht aus einem Secret im Manifest, und stürzte in unserem Versuch mit secret-Volumes ab (nil pointer in VolumeFromSecret). Nehmen Sie für lokale Läufe mit nicht vertraulichen Daten lieber ein configMap-Volume.</translation>
    </message>
    <message>
        <source>CPU requests are not applied locally</source>
        <translation>CPU-Requests werden lokal nicht angewendet</translation>
    </message>
    <message>
        <source>Podman 4.3 sets no CPU shares from requests.cpu, so the request has no effect on one machine; limits.cpu does limit the container. (A memory request becomes a soft memory reservation.)</source>
        <translation>Podman 4.3 setzt aus requests.cpu keine CPU-Shares, daher wirkt der Request auf einem einzelnen Rechner nicht; limits.cpu begrenzt den Container dagegen schon. (Ein Memory-Request wird zu einer weichen Speicherreservierung.)</translation>
    </message>
    <message>
        <source>activeDeadlineSeconds is not enforced locally</source>
        <translation>activeDeadlineSeconds wird lokal nicht durchgesetzt</translation>
    </message>
    <message>
        <source>Podman 4.3 keeps the pod running after activeDeadlineSeconds; on a cluster the pod would be stopped and marked Failed.</source>
        <translation>Podman 4.3 lässt den Pod nach activeDeadlineSeconds weiterlaufen; auf einem Cluster würde der Pod gestoppt und als Failed markiert.</translation>
    </message>
    <message>
        <source>No service account token locally</source>
        <translation>Lokal kein Service-Account-Token</translation>
    </message>
    <message>
        <source>A local pod has no Kubernetes API and no service account: nothing is mounted at /var/run/secrets/kubernetes.io/serviceaccount, so code that talks to the API fails.</source>
        <translation>Ein lokaler Pod hat keine Kubernetes-API und keinen Service-Account: Unter /var/run/secrets/kubernetes.io/serviceaccount ist nichts eingehängt, daher scheitert Code, der mit der API spricht.</translation>
    </message>
    <message>
        <source>Pin image versions</source>
        <translation>Image-Versionen festlegen</translation>
    </message>
    <message>
        <source>An image without a tag, or with :latest, can change under you: two runs may use different code. Use a fixed tag such as nginx:1.25.3 (or a digest).</source>
        <translation>Ein Image ohne Tag oder mit :latest kann sich unbemerkt ändern: Zwei Läufe verwenden dann womöglich unterschiedlichen Code. Verwenden Sie ein festes Tag wie nginx:1.25.3 (oder einen Digest).</translation>
    </message>
    <message>
        <source>Set resource limits</source>
        <translation>Ressourcen-Limits setzen</translation>
    </message>
    <message>
        <source>Without limits a container may use all the CPU and memory of its node (or your machine). Add resources.limits, e.g. cpu: &quot;500m&quot;, memory: &quot;256Mi&quot;.</source>
        <translation>Ohne Limits darf ein Container die gesamte CPU und den gesamten Speicher seines Nodes (oder Ihres Rechners) verbrauchen. Fügen Sie resources.limits hinzu, z. B. cpu: &quot;500m&quot;, memory: &quot;256Mi&quot;.</translation>
    </message>
    <message>
        <source>Set resource requests</source>
        <translation>Ressourcen-Requests setzen</translation>
    </message>
    <message>
        <source>When only limits are set, Kubernetes copies them into the requests, so the scheduler reserves the whole limit. Set resources.requests to what the container usually needs.</source>
        <translation>Sind nur Limits gesetzt, kopiert Kubernetes sie in die Requests, und der Scheduler reserviert das ganze Limit. Setzen Sie resources.requests auf das, was der Container üblicherweise braucht.</translation>
    </message>
    <message>
        <source>Add probes to long-running containers</source>
        <translation>Lang laufenden Containern Probes geben</translation>
    </message>
    <message>
        <source>A liveness probe lets Kubernetes restart a hung container; a readiness probe keeps traffic away until it is ready. Add at least one for servers.</source>
        <translation>Mit einer Liveness-Probe kann Kubernetes einen hängenden Container neu starten; eine Readiness-Probe hält Verkehr fern, bis er bereit ist. Geben Sie Servern mindestens eine davon.</translation>
    </message>
    <message>
        <source>Avoid privileged containers</source>
        <translation>Privilegierte Container vermeiden</translation>
    </message>
    <message>
        <source>A privileged container has almost all the powers of the host. Grant only the capabilities it needs (securityContext.capabilities.add) instead.</source>
        <translation>Ein privilegierter Container hat fast alle Rechte des Hosts. Gewähren Sie stattdessen nur die Capabilities, die er braucht (securityContext.capabilities.add).</translation>
    </message>
    <message>
        <source>Prefer other volumes to hostPath</source>
        <translation>Andere Volumes statt hostPath bevorzugen</translation>
    </message>
    <message>
        <source>hostPath mounts files of the node: the pod depends on that machine and may read or change host files. Use emptyDir, a ConfigMap or a PersistentVolumeClaim where you can.</source>
        <translation>hostPath hängt Dateien des Nodes ein: Der Pod hängt von diesem Rechner ab und kann Dateien des Hosts lesen oder ändern. Verwenden Sie wo möglich emptyDir, eine ConfigMap oder einen PersistentVolumeClaim.</translation>
    </message>
    <message>
        <source>hostNetwork exposes the host&apos;s network</source>
        <translation>hostNetwork legt das Netzwerk des Hosts offen</translation>
    </message>
    <message>
        <source>With hostNetwork the pod uses the node&apos;s network directly: ports can clash and isolation is lost. Use container ports and a Service instead where you can.</source>
        <translation>Mit hostNetwork nutzt der Pod direkt das Netzwerk des Nodes: Ports können kollidieren, und die Isolation geht verloren. Verwenden Sie wo möglich stattdessen Container-Ports und einen Service.</translation>
    </message>
    <message>
        <source>Avoid running as root</source>
        <translation>Nicht als root ausführen</translation>
    </message>
    <message>
        <source>runAsUser: 0 runs the container as root; a bug in it then has more power. Run as an unprivileged user (e.g. runAsUser: 1000, runAsNonRoot: true).</source>
        <translation>runAsUser: 0 führt den Container als root aus; ein Fehler darin hat dann mehr Macht. Führen Sie ihn als unprivilegierten Benutzer aus (z. B. runAsUser: 1000, runAsNonRoot: true).</translation>
    </message>
    <message>
        <source>Label your pods</source>
        <translation>Pods mit Labels versehen</translation>
    </message>
    <message>
        <source>Labels such as app: web are how Services, Deployments and kubectl select pods. Add at least an app label.</source>
        <translation>Über Labels wie app: web wählen Services, Deployments und kubectl Pods aus. Fügen Sie mindestens ein app-Label hinzu.</translation>
    </message>
    <message>
        <source>Two ports of the pod are the same</source>
        <translation>Zwei Ports des Pods sind gleich</translation>
    </message>
    <message>
        <source>The API server accepts the pod but warns: two entries declare the same containerPort and protocol (and host port). All containers of a pod share one network, so two programs cannot listen on the same port: the second fails to bind and restarts again and again (CrashLoopBackOff). Give each container its own port, or remove the repeated entry.</source>
        <translation>Der API-Server nimmt den Pod an, warnt aber: Zwei Einträge geben denselben containerPort mit demselben Protokoll (und Host-Port) an. Alle Container eines Pods teilen sich ein Netzwerk, daher können nicht zwei Programme auf demselben Port lauschen: Das zweite kann den Port nicht belegen und startet immer wieder neu (CrashLoopBackOff). Geben Sie jedem Container einen eigenen Port oder entfernen Sie den doppelten Eintrag.</translation>
    </message>
    <message>
        <source>Two ports of the pod overlap</source>
        <translation>Zwei Ports des Pods überschneiden sich</translation>
    </message>
    <message>
        <source>The API server warns: two entries declare the same containerPort and protocol, one with a hostPort and one without. Inside the pod it is still one port that only one container can listen on. Declare the port once.</source>
        <translation>Der API-Server warnt: Zwei Einträge geben denselben containerPort mit demselben Protokoll an, einer mit hostPort und einer ohne. Im Pod bleibt es ein einziger Port, auf dem nur ein Container lauschen kann. Geben Sie den Port nur einmal an.</translation>
    </message>
    <message>
        <source>Two host ports are ambiguous</source>
        <translation>Zwei Host-Ports sind mehrdeutig</translation>
    </message>
    <message>
        <source>The API server warns: two entries publish the same port on the same hostPort, one on every host address (no hostIP) and one on a single address. Which one receives the traffic is undefined. Use different host ports, or the same hostIP on both.</source>
        <translation>Der API-Server warnt: Zwei Einträge veröffentlichen denselben Port auf demselben hostPort, einer auf allen Adressen des Hosts (ohne hostIP) und einer auf einer einzelnen Adresse. Welcher den Verkehr erhält, ist nicht festgelegt. Verwenden Sie verschiedene Host-Ports oder bei beiden dieselbe hostIP.</translation>
    </message>
    <message>
        <source>hostIP does nothing without hostPort</source>
        <translation>hostIP wirkt nicht ohne hostPort</translation>
    </message>
    <message>
        <source>hostIP chooses the host address a hostPort is published on; without a hostPort nothing is published, so the API server warns that hostIP is ignored. Add a hostPort or remove hostIP.</source>
        <translation>hostIP wählt die Adresse des Hosts, auf der ein hostPort veröffentlicht wird; ohne hostPort wird nichts veröffentlicht, daher warnt der API-Server, dass hostIP ignoriert wird. Ergänzen Sie einen hostPort oder entfernen Sie hostIP.</translation>
    </message>
    <message>
        <source>Init containers slow down plain kube play</source>
        <translation>Init-Container verlangsamen ein einfaches kube play</translation>
    </message>
    <message>
        <source>Podman 4.3&apos;s `podman kube play` notices an exited init container only after a conmon timeout, about 20 seconds per pod (Podman issue 16343): the pod works, just starts late. Podwright&apos;s Run starts the init containers itself, one after another, and starts the app containers as soon as the last one has exited, so this matters only when you play the exported YAML with Podman yourself.</source>
        <translation>`podman kube play` von Podman 4.3 bemerkt einen beendeten Init-Container erst nach einem conmon-Timeout, etwa 20 Sekunden pro Pod (Podman-Issue 16343): Der Pod funktioniert, startet nur spät. Mit „Pod starten“ startet Podwright die Init-Container selbst, einen nach dem anderen, und die Anwendungs-Container, sobald der letzte beendet ist; das betrifft Sie also nur, wenn Sie das exportierte YAML selbst mit Podman abspielen.</translation>
    </message>
    <message>
        <source>A Deployment needs a selector</source>
        <translation>Ein Deployment braucht einen Selektor</translation>
    </message>
    <message>
        <source>A workload&apos;s selector may not be empty</source>
        <translation>Der Selektor einer Workload darf nicht leer sein</translation>
    </message>
    <message>
        <source>An empty selector would select every pod in the namespace, so the API server refuses it. Put at least one of the template&apos;s labels under spec.selector.matchLabels.</source>
        <translation>Ein leerer Selektor würde jeden Pod im Namespace auswählen, deshalb lehnt der API-Server ihn ab. Tragen Sie mindestens eines der Labels der Pod-Vorlage unter spec.selector.matchLabels ein.</translation>
    </message>
    <message>
        <source>The selector must match the template&apos;s labels</source>
        <translation>Der Selektor muss zu den Labels der Pod-Vorlage passen</translation>
    </message>
    <message>
        <source>A Deployment (or ReplicaSet, StatefulSet, DaemonSet) finds its pods by their labels. The pods it creates get spec.template.metadata.labels, so these labels must satisfy spec.selector: every matchLabels entry must appear with the same value, and every matchExpressions entry must hold. Otherwise the workload could never see its own pods. Usually a label is spelt differently in one of the two places.</source>
        <translation>Ein Deployment (oder ReplicaSet, StatefulSet, DaemonSet) findet seine Pods über ihre Labels. Die Pods, die es erzeugt, erhalten spec.template.metadata.labels; diese Labels müssen also spec.selector erfüllen: Jeder Eintrag in matchLabels muss mit demselben Wert vorkommen, und jede Bedingung in matchExpressions muss zutreffen. Sonst könnte die Workload ihre eigenen Pods nie sehen. Meist ist ein Label an einer der beiden Stellen anders geschrieben.</translation>
    </message>
    <message>
        <source>In apps/v1, a Deployment, ReplicaSet or StatefulSet must say which pods it owns with spec.selector; nothing fills it in for you (the same holds for a Job with manualSelector: true). Copy the template&apos;s labels into spec.selector.matchLabels, e.g. matchLabels: {app: web} when the template has labels: {app: web}.</source>
        <translation>In apps/v1 muss ein Deployment, ReplicaSet oder StatefulSet mit spec.selector angeben, welche Pods zu ihm gehören; niemand trägt ihn für Sie ein (dasselbe gilt für einen Job mit manualSelector: true). Übernehmen Sie die Labels der Pod-Vorlage in spec.selector.matchLabels, z. B. matchLabels: {app: web}, wenn die Vorlage labels: {app: web} hat.</translation>
    </message>
    <message>
        <source>A CronJob&apos;s jobs get their selector generated</source>
        <translation>Die Jobs eines CronJobs erhalten einen erzeugten Selektor</translation>
    </message>
    <message>
        <source>Kubernetes gives every Job a CronJob creates its own selector, built from the Job&apos;s unique id, so the jobTemplate may not set spec.selector or manualSelector: true. Remove both; the pods are still found by their labels.</source>
        <translation>Kubernetes gibt jedem Job, den ein CronJob anlegt, einen eigenen Selektor, gebildet aus der eindeutigen ID des Jobs; deshalb darf das jobTemplate weder spec.selector noch manualSelector: true setzen. Entfernen Sie beides; die Pods werden weiterhin über ihre Labels gefunden.</translation>
    </message>
</context>
<context>
    <name>podwright::Warnings</name>
    <message>
        <source>plain `podman kube play` waits for this sidecar to exit, so the app containers never start; Podwright starts sidecars itself when it runs the pod</source>
        <translation>ein einfaches `podman kube play` wartet, bis dieser Sidecar endet, daher starten die Anwendungs-Container nie; Podwright startet Sidecars selbst, wenn es den Pod ausführt</translation>
    </message>
    <message>
        <source>Podman 4.3 does not run readiness probes</source>
        <translation>Podman 4.3 führt keine Readiness-Probes aus</translation>
    </message>
    <message>
        <source>Podman 4.3 does not run startup probes</source>
        <translation>Podman 4.3 führt keine Startup-Probes aus</translation>
    </message>
    <message>
        <source>Podman runs liveness probes as health checks from systemd timers; without systemd the probe never runs</source>
        <translation>Podman führt Liveness-Probes als Health-Checks über systemd-Timer aus; ohne systemd läuft die Probe nie</translation>
    </message>
    <message>
        <source>a local pod runs on this machine: nodeSelector is ignored</source>
        <translation>ein lokaler Pod läuft auf diesem Rechner: nodeSelector wird ignoriert</translation>
    </message>
    <message>
        <source>a local pod runs on this machine: affinity is ignored</source>
        <translation>ein lokaler Pod läuft auf diesem Rechner: affinity wird ignoriert</translation>
    </message>
    <message>
        <source>a local pod runs on this machine: tolerations are ignored</source>
        <translation>ein lokaler Pod läuft auf diesem Rechner: tolerations werden ignoriert</translation>
    </message>
    <message>
        <source>a local pod runs on this machine: topologySpreadConstraints are ignored</source>
        <translation>ein lokaler Pod läuft auf diesem Rechner: topologySpreadConstraints werden ignoriert</translation>
    </message>
    <message>
        <source>Podman 4.3 does not stop the pod when activeDeadlineSeconds pass</source>
        <translation>Podman 4.3 stoppt den Pod nicht, wenn activeDeadlineSeconds abgelaufen sind</translation>
    </message>
    <message>
        <source>a local pod has no service account: no token is mounted in its containers</source>
        <translation>ein lokaler Pod hat keinen Service-Account: In seine Container wird kein Token eingehängt</translation>
    </message>
    <message>
        <source>Podman 4.3 does not apply CPU requests; only limits.cpu restricts the container</source>
        <translation>Podman 4.3 wendet CPU-Requests nicht an; nur limits.cpu beschränkt den Container</translation>
    </message>
    <message>
        <source>Podman 4.3 kube play mounts only hostPath, configMap, emptyDir, persistentVolumeClaim and secret volumes: this pod will not start locally</source>
        <translation>Podman 4.3 kube play hängt nur hostPath-, configMap-, emptyDir-, persistentVolumeClaim- und secret-Volumes ein: Dieser Pod startet lokal nicht</translation>
    </message>
    <message>
        <source>Podman 4.3 looks secret &quot;%1&quot; up among its own secrets (podman secret), not in the manifest, and crashed on secret volumes when tried</source>
        <translation>Podman 4.3 sucht das Secret &quot;%1&quot; unter seinen eigenen Secrets (podman secret), nicht im Manifest, und stürzte in unserem Versuch mit secret-Volumes ab</translation>
    </message>
    <message>
        <source>Podman has no PersistentVolumeClaims: it uses (and creates if needed) a local Podman volume named &quot;%1&quot;</source>
        <translation>Podman kennt keine PersistentVolumeClaims: Es verwendet ein lokales Podman-Volume namens &quot;%1&quot; (und legt es bei Bedarf an)</translation>
    </message>
    <message>
        <source>ConfigMap &quot;%1&quot; is not in this file: Podman cannot fetch it from a cluster, so the pod will not start locally</source>
        <translation>die ConfigMap &quot;%1&quot; steht nicht in dieser Datei: Podman kann sie nicht aus einem Cluster holen, daher startet der Pod lokal nicht</translation>
    </message>
    <message>
        <source>plain `podman kube play` (Podman 4.3) takes about 20 s to notice that an init container has exited; Podwright starts init containers itself when it runs the pod</source>
        <translation>ein einfaches `podman kube play` (Podman 4.3) bemerkt erst nach etwa 20 s, dass ein Init-Container beendet ist; Podwright startet Init-Container selbst, wenn es den Pod ausführt</translation>
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
        <source>“%1” is not an absolute path: a mount path starts with /.</source>
        <translation>„%1“ ist kein absoluter Pfad: Ein Mount-Pfad beginnt mit /.</translation>
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
        <source>A port belongs on a container: select a container card first</source>
        <translation>Ein Port gehört zu einem Container: Wählen Sie zuerst eine Container-Karte aus</translation>
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
        <source>Ctrl+Shift+Left</source>
        <translation>Ctrl+Shift+Left</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Right</source>
        <translation>Ctrl+Shift+Right</translation>
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
    <name>podwright::gui::CanvasDescription</name>
    <message>
        <source>1 container</source>
        <translation>1 Container</translation>
    </message>
    <message>
        <source>%1 containers</source>
        <translation>%1 Container</translation>
    </message>
    <message>
        <source>1 volume</source>
        <translation>1 Volume</translation>
    </message>
    <message>
        <source>%1 volumes</source>
        <translation>%1 Volumes</translation>
    </message>
    <message>
        <source>1 port</source>
        <translation>1 Port</translation>
    </message>
    <message>
        <source>%1 ports</source>
        <translation>%1 Ports</translation>
    </message>
    <message>
        <source>1 mount</source>
        <translation>1 Mount</translation>
    </message>
    <message>
        <source>%1 mounts</source>
        <translation>%1 Mounts</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <source>1 hint</source>
        <translation>1 Hinweis</translation>
    </message>
    <message>
        <source>%1 hints</source>
        <translation>%1 Hinweise</translation>
    </message>
    <message>
        <source>no problems</source>
        <translation>keine Probleme</translation>
    </message>
    <message>
        <source>Nothing selected; the arrow keys move between containers and volumes</source>
        <translation>Nichts ausgewählt; die Pfeiltasten wechseln zwischen Containern und Volumes</translation>
    </message>
    <message>
        <source>Container %1 in %2</source>
        <translation>Container %1 in %2</translation>
    </message>
    <message>
        <source>app container</source>
        <translation>Anwendungs-Container</translation>
    </message>
    <message>
        <source>sidecar, keeps running beside the app</source>
        <translation>Sidecar, läuft neben der Anwendung weiter</translation>
    </message>
    <message>
        <source>init container %1, runs to completion before the app</source>
        <translation>Init-Container %1, läuft vor der Anwendung bis zum Ende</translation>
    </message>
    <message>
        <source>no image</source>
        <translation>kein Image</translation>
    </message>
    <message>
        <source>image %1</source>
        <translation>Image %1</translation>
    </message>
    <message>
        <source>Volume %1 in %2</source>
        <translation>Volume %1 in %2</translation>
    </message>
    <message>
        <source>not mounted</source>
        <translation>nirgends eingehängt</translation>
    </message>
    <message>
        <source>Port %1 of container %2 in %3</source>
        <translation>Port %1 von Container %2 in %3</translation>
    </message>
    <message>
        <source>Mount of volume %1 at %2 in container %3</source>
        <translation>Mount des Volumes %1 unter %2 im Container %3</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>No pod yet: press Ctrl+Shift+N for a new pod, add one from the Parts list, or press Ctrl+Alt+N to start from a template</source>
        <translation>Noch kein Pod: Strg+Umschalt+N legt einen neuen an, fügen Sie einen aus den Bausteinen hinzu, oder beginnen Sie mit Strg+Alt+N mit einer Vorlage</translation>
    </message>
</context>
<context>
    <name>podwright::gui::CanvasElementAccessible</name>
    <message>
        <source>Container %1</source>
        <translation>Container %1</translation>
    </message>
    <message>
        <source>Volume %1</source>
        <translation>Volume %1</translation>
    </message>
    <message>
        <source>Port %1</source>
        <translation>Port %1</translation>
    </message>
    <message>
        <source>Mount of %1 at %2</source>
        <translation>Mount von %1 unter %2</translation>
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
    <message>
        <source>terminating</source>
        <translation>wird beendet</translation>
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
        <source>Reorder ports</source>
        <translation>Ports umordnen</translation>
    </message>
    <message>
        <source>Reorder environment variables</source>
        <translation>Umgebungsvariablen umordnen</translation>
    </message>
    <message>
        <source>Reorder volume mounts</source>
        <translation>Volume-Mounts umordnen</translation>
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
        <source>Saved the last valid version to %1, without the YAML text that does not parse (%2)</source>
        <translation>Die letzte gültige Fassung in %1 gespeichert, ohne den YAML-Text, der sich nicht lesen lässt (%2)</translation>
    </message>
    <message>
        <source>Exported the last valid version to %1, without the YAML text that does not parse (%2)</source>
        <translation>Die letzte gültige Fassung nach %1 exportiert, ohne den YAML-Text, der sich nicht lesen lässt (%2)</translation>
    </message>
    <message>
        <source>YAML Not Applied</source>
        <translation>YAML nicht übernommen</translation>
    </message>
    <message>
        <source>The YAML text does not parse, so your last edits there are not part of the document yet.</source>
        <translation>Der YAML-Text lässt sich nicht lesen, deshalb gehören Ihre letzten Änderungen dort noch nicht zum Dokument.</translation>
    </message>
    <message>
        <source>%1

Cancel to go back and fix it, or discard those edits and go on with the last valid version.</source>
        <translation>%1

Abbrechen, um zurückzugehen und ihn zu korrigieren, oder diese Änderungen verwerfen und mit der letzten gültigen Fassung weitermachen.</translation>
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
        <source>Save Without Comments</source>
        <translation>Ohne Kommentare speichern</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Recovered unsaved YAML; it does not parse yet</source>
        <translation>Nicht gespeichertes YAML wiederhergestellt; es lässt sich noch nicht lesen</translation>
    </message>
    <message>
        <source>Podwright keeps each comment at the field or list item it belongs to; these belong to none it writes, such as an empty “resources: {}”. Save As writes the manifest to another file and leaves this one as it is.</source>
        <translation>Podwright behält jeden Kommentar bei dem Feld oder Listeneintrag, zu dem er gehört; diese gehören zu keinem, das es schreibt, etwa zu einem leeren „resources: {}“. „Speichern unter“ schreibt das Manifest in eine andere Datei und lässt diese unverändert.</translation>
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
        <source>Reorder %1</source>
        <translation>%1 umordnen</translation>
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
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
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
    <message>
        <source>%1 &amp;name:</source>
        <translation>&amp;Name (%1):</translation>
    </message>
    <message>
        <source>The name of the %1 itself (its metadata.name). Kubernetes names the pods it creates after it; the pod template below has no name of its own.</source>
        <translation>Der eigene Name dieser Ressource (%1, ihr metadata.name). Kubernetes benennt die Pods, die sie erzeugt, danach; die Pod-Vorlage darunter hat keinen eigenen Namen.</translation>
    </message>
    <message>
        <source>Pod &amp;labels:</source>
        <translation>Pod-&amp;Labels:</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>%1 umbenennen</translation>
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
        <source>Drag a Container here, or press Ctrl+Shift+N for a new pod.
To start from a worked example: File &gt; New from Template (Ctrl+Alt+N).</source>
        <translation>Ziehen Sie einen Container hierher, oder drücken Sie Strg+Umschalt+N für einen neuen Pod.
Mit einem ausgearbeiteten Beispiel beginnen: Datei &gt; Neu aus Vorlage (Strg+Alt+N).</translation>
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
    <message>
        <source>Running: terminating</source>
        <translation>Läuft: wird beendet</translation>
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
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Problem details</source>
        <translation>Problemdetails</translation>
    </message>
</context>
<context>
    <name>podwright::gui::RawListGuard</name>
    <message>
        <source>Not changed: %1 has entries of the wrong type, and this edit would lose them. Fix those entries in the YAML pane first.</source>
        <translation>Nicht geändert: %1 enthält Einträge mit falschem Typ, und diese Änderung würde sie verwerfen. Korrigieren Sie diese Einträge zuerst im YAML-Bereich.</translation>
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
    <message>
        <source>Pod %1 left as it was: nothing was run.</source>
        <translation>Pod %1 bleibt, wie er ist: nichts wurde gestartet.</translation>
    </message>
    <message>
        <source>Replace Pod?</source>
        <translation>Pod ersetzen?</translation>
    </message>
    <message>
        <source>Podman already has a pod named “%1” (%2), not started from this window.

Running the design replaces it: its containers are removed, and their logs with them.</source>
        <translation>Podman hat bereits einen Pod namens „%1“ (%2), der nicht aus diesem Fenster gestartet wurde.

Den Entwurf zu starten ersetzt ihn: Seine Container werden entfernt und mit ihnen ihre Logs.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
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
        <source>Move the selected row up (Alt+Up)</source>
        <translation>Ausgewählte Zeile nach oben verschieben (Alt+Hoch)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the selected row down (Alt+Down)</source>
        <translation>Ausgewählte Zeile nach unten verschieben (Alt+Runter)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
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
    <message>
        <source>Add to %1</source>
        <translation>%1: Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>%1: Zeile entfernen</translation>
    </message>
    <message>
        <source>Move up in %1</source>
        <translation>%1: nach oben</translation>
    </message>
    <message>
        <source>Move down in %1</source>
        <translation>%1: nach unten</translation>
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
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>%1. The canvas shows the last valid version.</source>
        <translation>%1. Die Arbeitsfläche zeigt die letzte gültige Fassung.</translation>
    </message>
    <message>
        <source>Went back to the last valid YAML; Undo again to undo earlier edits</source>
        <translation>Zurück zum letzten gültigen YAML; erneut Rückgängig macht frühere Änderungen rückgängig</translation>
    </message>
    <message>
        <source>Your YAML text that did not parse (%1) was replaced by the change made elsewhere</source>
        <translation>Ihr YAML-Text, der sich nicht lesen ließ (%1), wurde durch die anderswo gemachte Änderung ersetzt</translation>
    </message>
    <message>
        <source>Edit YAML</source>
        <translation>YAML bearbeiten</translation>
    </message>
    <message>
        <source>The YAML cursor does not follow the selection while the text does not parse (%1).</source>
        <translation>Der YAML-Cursor folgt der Auswahl nicht, solange sich der Text nicht einlesen lässt (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) removed: they belong to no field Podwright writes</source>
        <translation>
            <numerusform>Ein Kommentar entfernt: Er gehört zu keinem Feld, das Podwright schreibt</numerusform>
            <numerusform>%n Kommentare entfernt: Sie gehören zu keinem Feld, das Podwright schreibt</numerusform>
        </translation>
    </message>
    <message>
        <source>YAML text</source>
        <translation>YAML-Text</translation>
    </message>
    <message>
        <source>The pod as it will be exported; edits apply to the canvas after a short pause</source>
        <translation>Der Pod, wie er exportiert wird; Änderungen gehen nach einer kurzen Pause auf die Arbeitsfläche über</translation>
    </message>
</context>
</TS>
