"""csemonitor: the one import package of the distribution.

`csemonitor.v2` and `csemonitor.prometheus` are the generated protobuf modules (this folder,
written by `make generate`); `csemonitor.client` is the gRPC client, the reporter and the CLI
(the base install); `csemonitor.core`, `csemonitor.server` and `csemonitor.gateway` are the
service (`pip install 'csemonitor[server]'`). Each is mapped here from its own repository folder
by pyproject.toml."""
