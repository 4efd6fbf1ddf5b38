// Container, Kubernetes and local-AI APIs: ports attacked today. Our own words; CVE/advisory ids as references.
import type { PortFact } from '../../types';
import { cve, ref } from './references';

export const MODERN_CONTAINERS_AND_AI: readonly PortFact[] = [
  {
    id: 'modern-2375',
    ports: [2375, 2375],
    protocols: ['tcp'],
    role: 'destination',
    service: 'Docker Engine API',
    aliases: ['docker', 'dockerd', 'docker api', 'graboid', 'kinsing', 'teamtnt'],
    summary:
      'Docker\'s remote API without TLS. Anyone who reaches it can start a privileged container and so owns the host.',
    probing:
      'An open Docker API on which to run crypto-miner containers, as the Graboid worm (2019), Kinsing and TeamTNT did.',
    advice:
      'Never bind dockerd to a TCP port without TLS; use the local socket or SSH (`DOCKER_HOST=ssh://…`), or 2376 with client certificates.',
    risk: 'critical',
    category: 'attacked',
    table: 'modern',
    references: [ref('Docker docs "Protect the Docker daemon socket"'), ref('Unit 42 "Graboid" (Oct 2019)')],
  },
  {
    id: 'modern-2376',
    ports: [2376, 2376],
    protocols: ['tcp'],
    role: 'destination',
    service: 'Docker Engine API (TLS)',
    aliases: ['docker', 'docker tls', 'docker-s'],
    summary: 'Docker\'s remote API over TLS. It is safe only if the daemon also verifies client certificates.',
    probing: 'Daemons with TLS on but client verification off, which are as open as 2375.',
    advice: 'Run dockerd with `--tlsverify` and your own CA, and allow the port only from admin hosts.',
    risk: 'medium',
    category: 'attacked',
    table: 'modern',
    references: [ref('Docker docs "Protect the Docker daemon socket"')],
  },
  {
    id: 'modern-2379',
    ports: [2379, 2379],
    protocols: ['tcp'],
    role: 'destination',
    service: 'etcd',
    aliases: ['etcd', 'kubernetes', 'k8s'],
    summary:
      'The client port of etcd, the key-value store behind Kubernetes. Without client-certificate authentication it hands every cluster secret to whoever asks.',
    probing: 'An open etcd from which to dump Kubernetes secrets, tokens and configuration.',
    advice:
      'Keep etcd on the control-plane network only and start it with `--client-cert-auth=true` and TLS, as the CIS Kubernetes Benchmark requires.',
    risk: 'critical',
    category: 'attacked',
    table: 'modern',
    references: [ref('CIS Kubernetes Benchmark (etcd --client-cert-auth)')],
  },
  {
    id: 'modern-6443',
    ports: [6443, 6443],
    protocols: ['tcp'],
    role: 'destination',
    service: 'Kubernetes API server',
    aliases: ['kubernetes', 'k8s', 'kube-apiserver', 'kubectl'],
    summary:
      'The Kubernetes control-plane API. Scanners check which clusters answer and what an anonymous user may do.',
    probing:
      'Clusters granting anonymous or overly broad access, and old API servers with the proxy bug that let ordinary users escalate to cluster admin.',
    advice:
      'Keep the API server private or behind an IP allow-list, disable anonymous auth, audit RBAC bindings, and run a supported Kubernetes release.',
    risk: 'high',
    category: 'attacked',
    table: 'modern',
    references: [cve('CVE-2018-1002105')],
  },
  {
    id: 'modern-10250',
    ports: [10250, 10250],
    protocols: ['tcp'],
    role: 'destination',
    service: 'Kubelet API',
    aliases: ['kubelet', 'kubernetes', 'k8s'],
    summary:
      'The node agent of Kubernetes. Upstream defaults allow anonymous requests, and an open kubelet lets anyone list pods and run commands inside containers.',
    probing: 'Open kubelets on which cryptojacking crews exec into containers and start miners.',
    advice:
      'Set `--anonymous-auth=false` and `--authorization-mode=Webhook`, and firewall 10250 to the control plane.',
    risk: 'critical',
    category: 'attacked',
    table: 'modern',
    references: [ref('CIS Kubernetes Benchmark 4.2.1'), ref('Kubernetes docs "Kubelet authentication/authorization"')],
  },
  {
    id: 'modern-10255',
    ports: [10255, 10255],
    protocols: ['tcp'],
    role: 'destination',
    service: 'Kubelet read-only port',
    aliases: ['kubelet', 'kubernetes', 'k8s'],
    summary: 'The kubelet\'s unauthenticated read-only port, which lists pods and their specs, sometimes including secrets in env vars.',
    probing: 'Cluster reconnaissance: pod names, images and configuration.',
    advice: 'Turn it off with `--read-only-port=0` (or `readOnlyPort: 0` in the kubelet config file) and firewall kubelet ports to the control plane.',
    risk: 'medium',
    category: 'attacked',
    table: 'modern',
    references: [ref('CIS Kubernetes Benchmark 4.2.4 (--read-only-port=0)'), ref('Kubernetes docs "Kubelet authentication/authorization"')],
  },
  {
    id: 'modern-11434',
    ports: [11434, 11434],
    protocols: ['tcp'],
    role: 'destination',
    service: 'Ollama (local LLM API)',
    aliases: ['ollama', 'llm', 'probllama'],
    summary:
      'The API of Ollama, which has no authentication by design. Servers bound to 0.0.0.0 are hunted for free GPU time, model theft and leaked data.',
    probing:
      'Open instances to use or abuse, including the 2024 path-traversal bug ("Probllama") that let a remote caller run code.',
    advice:
      'Keep `OLLAMA_HOST` at 127.0.0.1, put an authenticating reverse proxy in front if others need it, and stay on the latest release.',
    risk: 'high',
    category: 'attacked',
    table: 'modern',
    references: [cve('CVE-2024-37032'), ref('Wiz Research "Probllama" (Jun 2024)')],
  },
];
