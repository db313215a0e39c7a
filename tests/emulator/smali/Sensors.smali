.class public Lt/Sensors;
.super Ljava/lang/Object;

# The device's sensors as apps enumerate them (sensor-based emulator checks count them or read
# their names and vendors).

# "type:name:vendor:wakeUp:stringType;" for every sensor of getSensorList(type)
.method public static listing(Landroid/hardware/SensorManager;I)Ljava/lang/String;
    .registers 7
    new-instance v0, Ljava/lang/StringBuilder;
    invoke-direct {v0}, Ljava/lang/StringBuilder;-><init>()V
    invoke-virtual {p0, p1}, Landroid/hardware/SensorManager;->getSensorList(I)Ljava/util/List;
    move-result-object v1
    invoke-interface {v1}, Ljava/util/List;->iterator()Ljava/util/Iterator;
    move-result-object v1
    :next
    invoke-interface {v1}, Ljava/util/Iterator;->hasNext()Z
    move-result v2
    if-eqz v2, :done
    invoke-interface {v1}, Ljava/util/Iterator;->next()Ljava/lang/Object;
    move-result-object v2
    check-cast v2, Landroid/hardware/Sensor;
    invoke-virtual {v2}, Landroid/hardware/Sensor;->getType()I
    move-result v3
    invoke-virtual {v0, v3}, Ljava/lang/StringBuilder;->append(I)Ljava/lang/StringBuilder;
    const-string v3, ":"
    invoke-virtual {v0, v3}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v2}, Landroid/hardware/Sensor;->getName()Ljava/lang/String;
    move-result-object v4
    invoke-virtual {v0, v4}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v0, v3}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v2}, Landroid/hardware/Sensor;->getVendor()Ljava/lang/String;
    move-result-object v4
    invoke-virtual {v0, v4}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v0, v3}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v2}, Landroid/hardware/Sensor;->isWakeUpSensor()Z
    move-result v4
    invoke-virtual {v0, v4}, Ljava/lang/StringBuilder;->append(Z)Ljava/lang/StringBuilder;
    invoke-virtual {v0, v3}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    invoke-virtual {v2}, Landroid/hardware/Sensor;->getStringType()Ljava/lang/String;
    move-result-object v4
    invoke-virtual {v0, v4}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    const-string v3, ";"
    invoke-virtual {v0, v3}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    goto :next
    :done
    invoke-virtual {v0}, Ljava/lang/StringBuilder;->toString()Ljava/lang/String;
    move-result-object v0
    return-object v0
.end method

# getSensorList(type).size()
.method public static count(Landroid/hardware/SensorManager;I)I
    .registers 3
    invoke-virtual {p0, p1}, Landroid/hardware/SensorManager;->getSensorList(I)Ljava/util/List;
    move-result-object v0
    invoke-interface {v0}, Ljava/util/List;->size()I
    move-result v0
    return v0
.end method

# getDefaultSensor(type)'s name, or "null"
.method public static byDefault(Landroid/hardware/SensorManager;I)Ljava/lang/String;
    .registers 3
    invoke-virtual {p0, p1}, Landroid/hardware/SensorManager;->getDefaultSensor(I)Landroid/hardware/Sensor;
    move-result-object v0
    if-nez v0, :found
    const-string v0, "null"
    return-object v0
    :found
    invoke-virtual {v0}, Landroid/hardware/Sensor;->getName()Ljava/lang/String;
    move-result-object v0
    return-object v0
.end method

# getDefaultSensor(type, wakeUp) == null
.method public static missing(Landroid/hardware/SensorManager;IZ)Z
    .registers 4
    invoke-virtual {p0, p1, p2}, Landroid/hardware/SensorManager;->getDefaultSensor(IZ)Landroid/hardware/Sensor;
    move-result-object v0
    if-nez v0, :found
    const/4 v0, 0x1
    return v0
    :found
    const/4 v0, 0x0
    return v0
.end method

# registerListener(listener, getDefaultSensor(type), SENSOR_DELAY_NORMAL)
.method public static register(Landroid/hardware/SensorManager;Landroid/hardware/SensorEventListener;I)Z
    .registers 5
    invoke-virtual {p0, p2}, Landroid/hardware/SensorManager;->getDefaultSensor(I)Landroid/hardware/Sensor;
    move-result-object v0
    const/4 v1, 0x3
    invoke-virtual {p0, p1, v0, v1}, Landroid/hardware/SensorManager;->registerListener(Landroid/hardware/SensorEventListener;Landroid/hardware/Sensor;I)Z
    move-result v0
    return v0
.end method
