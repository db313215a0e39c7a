"""dexlego: just-in-time bytecode collection and offline DEX reassembly."""

__version__ = "0.1.0"
