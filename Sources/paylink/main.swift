print("paylink")
