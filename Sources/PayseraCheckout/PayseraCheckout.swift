// PayseraCheckout
