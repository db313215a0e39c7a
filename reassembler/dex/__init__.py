"""The DEX toolkit: model, reader, instruction codec, writer, verifier, diff."""
