"""Reading files the shop already has (Excel lists) into rows the services can check and write."""
