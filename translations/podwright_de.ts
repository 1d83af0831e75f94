<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>HelpController</name>
    <message>
        <source>Podwright User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PodTemplate</name>
    <message>
        <source>Single container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One nginx web server with a named port, resource requests and limits, and readiness and liveness probes. The smallest useful pod.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web server with a log-shipping sidecar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sidecar pattern: nginx writes its access log into a shared emptyDir volume, and a second container reads the same files (read-only) and ships them, here to its own output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Init container preparing content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An init container runs to completion first and writes the web page into an emptyDir volume; only then does nginx start and serve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adapter pattern: the app writes raw status lines to a shared volume; an adapter container converts them to a metrics format and serves them on port 9100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambassador (proxy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ambassador pattern: the app only talks to localhost:8080; an nginx ambassador in the same pod forwards the requests to the outside service. Containers of a pod share one network.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Podwright uses the new language after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>New from Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwright::gui</name>
    <message>
        <source>That volume no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A volume is mounted in a container: drop it on a container card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already mounts %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no requests or limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>req %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lim %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Init containers · run one after another, before the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sidecars · start first, keep running beside the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop an init container here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a sidecar here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a container here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · pod template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One IP for the pod · containers reach each other on localhost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ro)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Init container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sidecar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emptyDir volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hostPath volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configMap volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persistentVolumeClaim volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new pod: drop it on the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An app container: runs for the life of the pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs to completion before the app containers start, one after another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An init container with restartPolicy: Always: starts first, keeps running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scratch space shared by the pod&apos;s containers, deleted with the pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A directory of the host machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files from a ConfigMap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files from a Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage that outlives the pod, through a claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A port a container listens on: drop it on a container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional; up to 15 lowercase letters, digits and &apos;-&apos;. Probes and Services can refer to the port by this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port the process listens on inside the pod (1-65535); other containers reach it on localhost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also publish the port on the node&apos;s (with Podman: your machine&apos;s) address; empty means not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP unless the service speaks UDP or SCTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default: TCP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which of the pod&apos;s volumes to mount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the volume appears inside the container; an absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount only this path inside the volume instead of its root; optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount read-only: the container cannot change the volume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwright::gui::CanvasController</name>
    <message>
        <source>Mount Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where should %1 see volume %2? (an absolute path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Podwright does not know what this is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Podwright does not know this part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a pod first: drag the Pod part onto the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts go inside a pod: drop it on a pod&apos;s frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A port belongs on a container: drop it on a container card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dragged element no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A volume can only be mounted by containers of its own pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A container moves between the lanes of its own pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the card in a lane: init containers, sidecars or app containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the volume on a container to mount it there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only container cards and volumes can be dragged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount the volume in which container?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Init Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Sidecar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Volume (emptyDir)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add P&amp;ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mount Volume in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Init Containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Sidecars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to App Containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount Volume in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwright::gui::ContainerCard</name>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terminated (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwright::gui::ContainerForm</name>
    <message>
        <source>Keep running beside the app containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One word of the command per row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One argument per row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. docker.io/library/nginx:1.25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the image&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IfNotPresent; Always for :latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique among all containers of the pod: lowercase letters, digits and &apos;-&apos;. kubectl logs -c and Podman&apos;s container names use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container image to run: registry/repository:tag. Pin a tag (or a digest) so every start runs the same software.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pull policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to download the image: Always before each start, IfNotPresent only when missing, Never (it must already be there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run as s&amp;idecar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restartPolicy: Always on an init container makes it a native sidecar: it starts before the app containers and keeps running beside them (Kubernetes 1.29+).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Working dir:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory the command starts in; empty uses the image&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;rmination message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where Kubernetes reads why the container ended: the file only, or the end of its log when the file is empty (FallbackToLogsOnError).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set working directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set pull policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set termination message policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sidecar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make plain init container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces the image&apos;s ENTRYPOINT; empty keeps it. Not run through a shell: add sh, -c to use one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ar&amp;guments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces the image&apos;s CMD; $(VAR) expands an environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports, environment and mounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a port (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;mount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount one of the pod&apos;s volumes (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;orts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports the container listens on. Informational inside the pod (every container shares localhost) but used to publish host ports and by Services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variables of the process: literal values or values Kubernetes fills in from the pod, the container&apos;s resources, ConfigMaps or Secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Volume mounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the pod&apos;s volumes appear in this container. Two containers mounting the same volume share its files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit volume mount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add volume mount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove volume mount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CPU request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU the scheduler reserves for the container: 1 is one core, 500m half a core.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memor&amp;y request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory reserved for the container, in bytes with a suffix: 128Mi, 1Gi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CP&amp;U limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most CPU the container may use; above it, it is throttled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory &amp;limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most memory the container may use; above it, it is killed (OOMKilled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liveness probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startup probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarts the container when the check keeps failing: for a process that hangs without exiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes the pod out of Service endpoints while the check fails: for a server that is busy or still warming up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds back the other probes until the check first succeeds: for slow starters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sidecar %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Init container %1 (step %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwright::gui::ContainerLogView</name>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selection, or all the output when nothing is selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs of %1 in pod %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwright::gui::DocumentController</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Podwright could not open “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The document you were working on is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Save File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Podwright could not write “%1”: %2

The file on disk is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Pod As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes manifests (*.yaml *.yml *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export With Errors?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The API server would reject this manifest: it has %n error(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for a Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you want to save the changes to “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwright::gui::EnvTableEditor</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The variable&apos;s name, as the process sees it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A literal value, or a value Kubernetes fills in: a field of the pod (fieldRef), a resource of the container (resourceFieldRef), a key of a ConfigMap or of a Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConfigMap key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value / reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value; for a pod field its path (metadata.name, status.podIP...); for a resource limits.cpu, requests.memory...; for a ConfigMap or Secret its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key within the ConfigMap or Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an environment variable (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwright::gui::FieldMessage</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwright::gui::FindingsModel</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line:Col</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwright::gui::Inspector</name>
    <message>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwright::gui::InspectorForm</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n other(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) or hint(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Edit in YAML: %1 (shown in bold when set) are kept as written and edited in the YAML pane.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwright::gui::InspectorWidget</name>
    <message>
        <source>Select a pod, a container, a volume, a port or a mount on the canvas to edit it here.

Every change is one step in Edit &gt; Undo, and the YAML follows as you type.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwright::gui::KeyValueTableEditor</name>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwright::gui::MainWindow</name>
    <message>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors: %1 · Warnings: %2 · Hints: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ln %1, Col %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Podwright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Podwright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Podwright %1&lt;/h3&gt;&lt;p&gt;Design Kubernetes pods visually, run them on Podman and watch them live.&lt;/p&gt;&lt;p&gt;Drag parts onto the canvas or type YAML: both are the same pod, validated as the Kubernetes API server would.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an untitled document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover Unsaved Work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Podwright did not close properly last time. Unsaved changes to %1 from %2 were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover them now? Discarding deletes them for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwright::gui::MainWindowActions</name>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export for a Cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the manifest as kubectl apply expects it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewrite the YAML in its canonical, exported form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Selected Pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run Pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop Pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running pods on Podman is not connected in this build yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Podwright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwright::gui::MountForm</name>
    <message>
        <source>The container cannot change the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. /usr/share/nginx/html</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the volume&apos;s root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume mount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which of the pod&apos;s volumes to mount. Mounting one volume in two containers is how they share files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mount path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The absolute path inside the container where the volume appears; it hides what the image had there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sub-path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount only this directory or file of the volume instead of its root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read-only:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount read-only: a good default for configuration and secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Propagation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether mounts made later on the host or in the container show through; almost always left at None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change mounted volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set mount path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set sub-path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set mount propagation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount of %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwright::gui::OptionalIntEdit</name>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwright::gui::PaletteWidget</name>
    <message>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwright::gui::PodChartView</name>
    <message>
        <source>Could not write the picture to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no data to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwright::gui::PodForm</name>
    <message>
        <source>A label key: an optional DNS prefix and &apos;/&apos;, then up to 63 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label value: up to 63 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An annotation key, like a label key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any text; tools read annotations, Kubernetes does not select by them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the host&apos;s network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A node label key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value the node&apos;s label must have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default namespace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pod&apos;s name: lowercase letters, digits and &apos;-&apos;, unique in its namespace. Podman names the pod after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names&amp;pace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The namespace the pod is created in; empty means the current one. Podman ignores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key/value pairs that Services, Deployments and kubectl -l select pods by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anno&amp;tations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key/value notes for tools and people; never used to select pods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens when a container exits: Always restarts it, OnFailure only after a non-zero exit, Never leaves it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grace period (s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between SIGTERM and SIGKILL when the pod is stopped; empty means the default of 30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active &amp;deadline (s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds the pod may run before Kubernetes marks it failed and stops it; empty means no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity the pod&apos;s processes use to call the Kubernetes API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share the node&apos;s network namespace: ports open directly on the host and &apos;localhost&apos; is the host&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;NS policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the pod&apos;s /etc/resolv.conf is set up; ClusterFirst resolves Service names first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ode selector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node labels the pod requires: it is scheduled only on nodes that have them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set service account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set grace period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set active deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set restart policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set DNS policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set host network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other spec fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod template of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwright::gui::PodFrame</name>
    <message>
        <source>no labels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwright::gui::PodView</name>
    <message>
        <source>Pod canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a Container here, or press Ctrl+Shift+N for a new pod</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwright::gui::PodsPanel</name>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated: %1 (exit %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod / container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the pod: SIGTERM, then SIGKILL after its grace period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the pod and its containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the pod with the current design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected container&apos;s output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP GET to the pod&apos;s published port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the pod&apos;s published port in the web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (sidecar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (init)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwright::gui::PortForm</name>
    <message>
        <source>(not published)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. http</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(all addresses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional; up to 15 lowercase letters, digits and &apos;-&apos;, unique in the container. Probes and Services can refer to the port by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Container port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port the process listens on (1-65535). Every container of the pod shares one network: others reach it at localhost:&lt;port&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also publish the port on the node (with Podman: your machine), like podman run -p; empty means not published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP unless the service speaks UDP or SCTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host &amp;IP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host address to publish on, e.g. 127.0.0.1 to keep it local; needs a host port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwright::gui::PreferencesDialog</name>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwright::gui::ProbeEditor</name>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run in the container; exit status 0 is healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a command (exec)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP GET request (httpGet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP connection (tcpSocket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gRPC health check (grpc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8080 or a port name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the pod&apos;s IP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the kubelet checks the container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run inside the container (no shell unless you call one); exit status 0 means healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL path requested; a status from 200 to 399 means healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container port number, or the name of one of its ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sche&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS skips certificate verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hos&amp;t:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rarely needed: defaults to the pod&apos;s IP. Set a Host header in YAML instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy when a TCP connection to this port opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defaults to the pod&apos;s IP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port of a server implementing the gRPC Health Checking Protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service name sent in the health check request; empty checks the whole server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Initial delay (s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds after the container starts before the first check; default 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;eriod (s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between checks; default 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time&amp;out (s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds a check may take before it counts as failed; default 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;uccess threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consecutive successes needed after a failure; must be 1 for liveness and startup probes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Failure threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consecutive failures before Kubernetes acts (restarts the container, or marks it not ready); default 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit probe command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set probe path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set probe port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set probe host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set probe service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set probe scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set probe timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change probe check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwright::gui::ProblemsPanel</name>
    <message>
        <source>Show errors: the API server would reject the pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show warnings: accepted, but likely to fail or surprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show hints: good practice for pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hints: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found: the API server would accept this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a problem to see what it means and how to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwright::gui::RunController</name>
    <message>
        <source>Running pod %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping pod %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing pod %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod %1 was not started from Podwright: there is nothing to re-run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Podwright started these pods, which are still on Podman:

%1

What should happen to them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave Running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwright::gui::Screenshotter</name>
    <message>
        <source>Rename container</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwright::gui::SendRequestDialog</name>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwright::gui::StatsChart</name>
    <message>
        <source>CPU (millicores, 1000m = 1 core)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory (MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OOM kill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2
CPU: %3 (%4 of a core)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2
Memory: %3 (%4 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 restarted at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was killed for using more memory than its limit (OOMKilled) at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exited with code %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwright::gui::StatsOverview</name>
    <message>
        <source>Show the charts of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwright::gui::StatsPanel</name>
    <message>
        <source>All pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pod to chart, or all pods side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Time window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack the containers&apos; lines so the top line is the pod&apos;s total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze the charts; data keeps being recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the samples and events as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the charts as a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no data to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the picture to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwright::gui::TableEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected row (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwright::gui::TemplateDialog</name>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwright::gui::VolumeForm</name>
    <message>
        <source>Mount the claim read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scratch space (emptyDir)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A path on the host (hostPath)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ConfigMap&apos;s keys as files (configMap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Secret&apos;s keys as files (secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persistent storage (persistentVolumeClaim)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 128Mi (no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. /srv/data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers mount the volume by this name: lowercase letters, digits and &apos;-&apos;, unique in the pod.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What backs the volume. Switching replaces the old source&apos;s settings (undo brings them back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Medium:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory keeps the files in RAM (tmpfs): fast, counted against the container&apos;s memory, gone when the pod stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size &amp;limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most the volume may hold, e.g. 1Gi; the pod is evicted above it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file or directory of the node (with Podman: your machine) shared into the pod. Handy locally, a security risk on a cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What must exist at the path before the pod starts; DirectoryOrCreate creates an empty directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Claim name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PersistentVolumeClaim in the pod&apos;s namespace; Podman uses a named volume of that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read-only:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force every mount of this volume to be read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change volume source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set size limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set host path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set host path type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set claim name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key to project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name, relative to the mount path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File mode in octal, e.g. 0400; empty uses the default mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(0644)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the pod even if it does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ecret name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ConfigMap name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Secret whose keys become files; Podman looks for a podman secret of that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ConfigMap whose keys become files; with Podman, pass its YAML to podman kube play --configmap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these keys, as these file names; empty projects every key under its own name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File permissions in octal, e.g. 0644 (rw-r--r--) or 0400 for secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Optional:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without it, the pod does not start until the object exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set source name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set default mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit in YAML: a &lt;b&gt;%1&lt;/b&gt; source is kept as written; edit it in the YAML pane, or pick another source above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>podwright::gui::YamlPane</name>
    <message>
        <source>Line %1, column %2: %3. The canvas shows the last valid version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. The canvas shows the last valid version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit YAML</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
