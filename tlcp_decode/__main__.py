from tlcp_decode.cli import run

run()
