.class public Lt/Net;
.super Ljava/lang/Object;

# The device's network interfaces and addresses, enumerated as apps do (IP-based emulator checks).

# "name[up,loopback]=addr addr;" for every interface, addresses by InetAddress.toString()
.method public static interfaces()Ljava/lang/String;
    .registers 6
    new-instance v0, Ljava/lang/StringBuilder;
    invoke-direct {v0}, Ljava/lang/StringBuilder;-><init>()V
    invoke-static {}, Ljava/net/NetworkInterface;->getNetworkInterfaces()Ljava/util/Enumeration;
    move-result-object v1
    :next_interface
    invoke-interface {v1}, Ljava/util/Enumeration;->hasMoreElements()Z
    move-result v2
    if-eqz v2, :done
    invoke-interface {v1}, Ljava/util/Enumeration;->nextElement()Ljava/lang/Object;
    move-result-object v2
    check-cast v2, Ljava/net/NetworkInterface;
    invoke-virtual {v2}, Ljava/net/NetworkInterface;->getName()Ljava/lang/String;
    move-result-object v3
    invoke-virtual {v0, v3}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    const-string v3, "["
    invoke-virtual {v0, v3}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v2}, Ljava/net/NetworkInterface;->isUp()Z
    move-result v3
    invoke-virtual {v0, v3}, Ljava/lang/StringBuilder;->append(Z)Ljava/lang/StringBuilder;
    const-string v3, ","
    invoke-virtual {v0, v3}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v2}, Ljava/net/NetworkInterface;->isLoopback()Z
    move-result v3
    invoke-virtual {v0, v3}, Ljava/lang/StringBuilder;->append(Z)Ljava/lang/StringBuilder;
    const-string v3, "]="
    invoke-virtual {v0, v3}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v2}, Ljava/net/NetworkInterface;->getInetAddresses()Ljava/util/Enumeration;
    move-result-object v3
    :next_address
    invoke-interface {v3}, Ljava/util/Enumeration;->hasMoreElements()Z
    move-result v4
    if-eqz v4, :end_interface
    invoke-interface {v3}, Ljava/util/Enumeration;->nextElement()Ljava/lang/Object;
    move-result-object v4
    check-cast v4, Ljava/net/InetAddress;
    invoke-virtual {v4}, Ljava/lang/Object;->toString()Ljava/lang/String;
    move-result-object v4
    invoke-virtual {v0, v4}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    const-string v4, " "
    invoke-virtual {v0, v4}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    goto :next_address
    :end_interface
    const-string v4, ";"
    invoke-virtual {v0, v4}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    goto :next_interface
    :done
    invoke-virtual {v0}, Ljava/lang/StringBuilder;->toString()Ljava/lang/String;
    move-result-object v0
    return-object v0
.end method

# getByName(host).getHostAddress(), or "unknown: <message>" when the lookup throws
.method public static resolve(Ljava/lang/String;)Ljava/lang/String;
    .registers 3
    :try_start
    invoke-static {p0}, Ljava/net/InetAddress;->getByName(Ljava/lang/String;)Ljava/net/InetAddress;
    move-result-object v0
    :try_end
    .catch Ljava/net/UnknownHostException; {:try_start .. :try_end} :unknown
    invoke-virtual {v0}, Ljava/net/InetAddress;->getHostAddress()Ljava/lang/String;
    move-result-object v0
    return-object v0
    :unknown
    move-exception v0
    invoke-virtual {v0}, Ljava/lang/Throwable;->getMessage()Ljava/lang/String;
    move-result-object v0
    new-instance v1, Ljava/lang/StringBuilder;
    const-string p0, "unknown: "
    invoke-direct {v1, p0}, Ljava/lang/StringBuilder;-><init>(Ljava/lang/String;)V
    invoke-virtual {v1, v0}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v1}, Ljava/lang/StringBuilder;->toString()Ljava/lang/String;
    move-result-object v0
    return-object v0
.end method

# the MAC's length of the named interface, -1 when it has none, -2 when there is no such interface
.method public static macLength(Ljava/lang/String;)I
    .registers 3
    invoke-static {p0}, Ljava/net/NetworkInterface;->getByName(Ljava/lang/String;)Ljava/net/NetworkInterface;
    move-result-object v0
    if-nez v0, :found
    const/4 v1, -0x2
    return v1
    :found
    invoke-virtual {v0}, Ljava/net/NetworkInterface;->getHardwareAddress()[B
    move-result-object v0
    if-nez v0, :has_mac
    const/4 v1, -0x1
    return v1
    :has_mac
    array-length v1, v0
    return v1
.end method

# the address kinds of getByName(host): loopback 1 + link-local 2 + site-local 4
.method public static kinds(Ljava/lang/String;)I
    .registers 4
    invoke-static {p0}, Ljava/net/InetAddress;->getByName(Ljava/lang/String;)Ljava/net/InetAddress;
    move-result-object v0
    const/4 v1, 0x0
    invoke-virtual {v0}, Ljava/net/InetAddress;->isLoopbackAddress()Z
    move-result v2
    add-int/2addr v1, v2
    invoke-virtual {v0}, Ljava/net/InetAddress;->isLinkLocalAddress()Z
    move-result v2
    mul-int/lit8 v2, v2, 0x2
    add-int/2addr v1, v2
    invoke-virtual {v0}, Ljava/net/InetAddress;->isSiteLocalAddress()Z
    move-result v2
    mul-int/lit8 v2, v2, 0x4
    add-int/2addr v1, v2
    return v1
.end method

# getByName(host).hashCode()
.method public static hash(Ljava/lang/String;)I
    .registers 2
    invoke-static {p0}, Ljava/net/InetAddress;->getByName(Ljava/lang/String;)Ljava/net/InetAddress;
    move-result-object v0
    invoke-virtual {v0}, Ljava/lang/Object;->hashCode()I
    move-result v0
    return v0
.end method
