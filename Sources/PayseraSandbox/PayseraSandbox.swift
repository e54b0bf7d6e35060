// PayseraSandbox
