"""Layer 1: what twarch knows, as data with sources (questions, playbook sections, catalog, rules' facts)."""
