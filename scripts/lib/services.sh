# Servers the tests need, installed from apt and started on 127.0.0.1 (nothing is assumed to be running).
start_services() { :; }
stop_services() { :; }
