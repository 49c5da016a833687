"""rounds: the orchestrator that runs multi-round interviews by email."""
